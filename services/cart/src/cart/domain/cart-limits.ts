/** Units of one product a cart line can hold. */
export const MAX_QUANTITY_PER_LINE = 10;
/** Different products one cart can hold. */
export const MAX_LINES_PER_CART = 50;

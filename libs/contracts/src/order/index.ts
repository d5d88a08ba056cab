export { ORDER_SOURCE, orderCustomerSchema, orderLineSchema, orderRejectionReasonSchema } from './order-fields';
export { OrderCancelledV1 } from './order-cancelled.event';
export { OrderConfirmedV1 } from './order-confirmed.event';
export { OrderPlacedV1 } from './order-placed.event';
export { OrderRejectedV1 } from './order-rejected.event';

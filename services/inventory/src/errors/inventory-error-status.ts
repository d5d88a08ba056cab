import { HttpStatus } from '@nestjs/common';
import type { DomainError } from '@shop/observability';
import { STOCK_ERROR_CODES, type StockErrorCode } from '../stock/domain/stock.errors';

type InventoryErrorCode = StockErrorCode;

const INVENTORY_ERROR_CODES: ReadonlySet<string> = new Set<InventoryErrorCode>(STOCK_ERROR_CODES);

/** HTTP status of each inventory error code; a new code without a case here does not compile. */
export function inventoryErrorStatus(code: InventoryErrorCode): number {
  switch (code) {
    case 'STOCK_ITEM_NOT_FOUND':
      return HttpStatus.NOT_FOUND;
    case 'INSUFFICIENT_STOCK':
      return HttpStatus.CONFLICT;
    case 'INVALID_SKU':
    case 'INVALID_STOCK_CHANGE':
      return HttpStatus.BAD_REQUEST;
  }
}

function isInventoryCode(code: string): code is InventoryErrorCode {
  return INVENTORY_ERROR_CODES.has(code);
}

/** For ObservabilityModule: the status of any domain error this service throws; anything else is a 500. */
export function mapDomainError(error: DomainError): number {
  return isInventoryCode(error.code) ? inventoryErrorStatus(error.code) : HttpStatus.INTERNAL_SERVER_ERROR;
}

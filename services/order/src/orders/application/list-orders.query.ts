import { Injectable } from '@nestjs/common';
import { annotateSpan, ShopAttributes } from '@shop/observability';
import { ownerKey, type OrderOwner } from '../domain/order-owner';
import { OrderRepository, type AdminOrderFilter, type OrderPage, type PageRequest } from '../domain/order.repository';
import { InvalidOrderQueryError } from '../domain/order.errors';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
export const MAX_PAGE = 10_000;

export interface PageQuery {
  readonly page?: number;
  readonly pageSize?: number;
}

export interface ListedOrders extends OrderPage, PageRequest {}

/** Pages of orders, newest first: the owner's own, or all of them filtered for operators. */
@Injectable()
export class ListOrdersQuery {
  constructor(private readonly orders: OrderRepository) {}

  async own(owner: OrderOwner, query: PageQuery): Promise<ListedOrders> {
    const page = pageOf(query);
    return this.listed(page, await this.orders.listOwned(ownerKey(owner), page));
  }

  async admin(filter: AdminOrderFilter, query: PageQuery): Promise<ListedOrders> {
    if (filter.from !== undefined && filter.to !== undefined && filter.from.getTime() > filter.to.getTime()) {
      throw new InvalidOrderQueryError('from must not be later than to');
    }
    const page = pageOf(query);
    return this.listed(page, await this.orders.list(filter, page));
  }

  private listed(page: PageRequest, result: OrderPage): ListedOrders {
    annotateSpan({
      [ShopAttributes.ResultCount]: result.items.length,
      [ShopAttributes.ResultTotal]: result.total,
      [ShopAttributes.ListPage]: page.page,
    });
    return { ...result, ...page };
  }
}

function pageOf(query: PageQuery): PageRequest {
  return { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE };
}

import { Payload } from '@nestjs/microservices';
import { Public } from '@shop/auth';
import { OrderConfirmedV1, type EnvelopeOf } from '@shop/contracts';
import { EventConsumer, HandleEvent } from '@shop/event-bus';
import { EmptyCartUseCase } from '../application/empty-cart.use-case';

/** Queue cart-order-events: a confirmed order's cart is emptied (inbox: once per event). */
@EventConsumer()
@Public()
export class OrderConfirmedHandler {
  constructor(private readonly emptyCart: EmptyCartUseCase) {}

  @HandleEvent(OrderConfirmedV1)
  async onOrderConfirmed(@Payload() event: EnvelopeOf<typeof OrderConfirmedV1>): Promise<void> {
    await this.emptyCart.execute(event.id, event.data.cartId, event.data.customer.customerId);
  }
}

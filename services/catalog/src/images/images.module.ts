import { Module } from '@nestjs/common';
import { ProductsModule } from '../products/products.module';
import { RenderProductImageQuery } from './application/render-product-image.query';
import { ImagesController } from './images.controller';

@Module({
  imports: [ProductsModule],
  controllers: [ImagesController],
  providers: [RenderProductImageQuery],
})
export class ImagesModule {}

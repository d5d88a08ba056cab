import { Module } from '@nestjs/common';
import { physicalName, PRODUCT_IMAGES_BUCKET } from '@shop/topology';
import { catalogConfig } from '../config/catalog-config';
import { ProductsModule } from '../products/products.module';
import { AdminProductImagesController } from './admin-product-images.controller';
import { GetUploadedImageQuery } from './application/get-uploaded-image.query';
import { RemoveProductImageUseCase } from './application/remove-product-image.use-case';
import { RenderProductImageQuery } from './application/render-product-image.query';
import { UploadProductImageUseCase } from './application/upload-product-image.use-case';
import { ImageStore } from './domain/image-store';
import { ImagesController } from './images.controller';
import { S3ImageStore } from './infrastructure/s3-image-store';

@Module({
  imports: [ProductsModule],
  controllers: [ImagesController, AdminProductImagesController],
  providers: [
    {
      provide: ImageStore,
      useFactory: () => {
        const config = catalogConfig();
        return new S3ImageStore({
          bucket: physicalName(PRODUCT_IMAGES_BUCKET, config.SHOP_RESOURCE_PREFIX),
          region: config.AWS_REGION,
          forcePathStyle: config.AWS_ENDPOINT_URL !== undefined,
        });
      },
    },
    RenderProductImageQuery,
    GetUploadedImageQuery,
    UploadProductImageUseCase,
    RemoveProductImageUseCase,
  ],
})
export class ImagesModule {}

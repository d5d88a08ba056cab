import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Param,
  Post,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiRoleProtected, Roles } from '@shop/auth';
import { CorrelationId } from '@shop/observability';
import { ReadsMultipartBody } from '@shop/service-runtime';
import { ProductDto } from '../products/dto/product.response.dto';
import { RemoveProductImageUseCase } from './application/remove-product-image.use-case';
import { UploadProductImageUseCase } from './application/upload-product-image.use-case';
import { MAX_UPLOAD_BYTES } from './domain/uploaded-image';
import { ImageUploadFieldsDto } from './dto/image-upload.dto';

/** The part of multer's file this controller reads (memory storage keeps the bytes in `buffer`). */
interface UploadedBytes {
  buffer: Buffer;
}

// Without `dest` or `storage` multer keeps the file in memory: it goes on to S3 and is never written to disk.
const ONE_IMAGE = FileInterceptor('file', {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 2, fieldSize: 1024, parts: 3 },
});

@ApiTags('admin: products')
@ApiRoleProtected()
@ApiBadRequestResponse({ description: 'Invalid input; nothing was changed' })
@Controller('admin/products/:id/images')
export class AdminProductImagesController {
  constructor(
    private readonly uploadImage: UploadProductImageUseCase,
    private readonly removeImage: RemoveProductImageUseCase,
  ) {}

  @Post()
  @Roles('admin')
  @ReadsMultipartBody()
  @UseInterceptors(ONE_IMAGE)
  @ApiOperation({
    summary: 'Upload a picture (PNG, JPEG or WebP, at most 5 MiB) and add it to the product',
    description: 'Stored in S3 under products/<id>/<uuid>.<ext> and served at /api/catalog/images/uploads/<key>.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        alt: { type: 'string', maxLength: 300 },
      },
    },
  })
  @ApiCreatedResponse({ type: ProductDto, description: 'The product with the picture last in its images' })
  @ApiNotFoundResponse({ description: 'No such product' })
  @ApiConflictResponse({ description: 'The product has 10 pictures already' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 5 MiB' })
  @ApiServiceUnavailableResponse({ description: 'The image store is unavailable; nothing was changed' })
  async upload(
    @Param('id') id: string,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() fields: ImageUploadFieldsDto,
    @CorrelationId() correlationId: string,
  ): Promise<ProductDto> {
    if (file === undefined) throw new BadRequestException('Send the picture as the multipart/form-data field "file"');
    const upload = { bytes: file.buffer, alt: fields.alt?.trim() ?? '' };
    return ProductDto.from(await this.uploadImage.execute(id, upload, correlationId));
  }

  @Delete(':image')
  @Roles('admin')
  @ApiOperation({
    summary: 'Take a picture off the product',
    description: 'The uploaded object stays in the bucket (caches and old pages may still show it).',
  })
  @ApiParam({ name: 'image', description: 'Its position (0 first), its upload key, or its file name', example: '0' })
  @ApiOkResponse({ type: ProductDto })
  @ApiNotFoundResponse({ description: 'No such product or picture' })
  async remove(
    @Param('id') id: string,
    @Param('image') image: string,
    @CorrelationId() correlationId: string,
  ): Promise<ProductDto> {
    return ProductDto.from(await this.removeImage.execute(id, image, correlationId));
  }
}

import { Controller, Get, Headers, Param, Res, StreamableFile } from '@nestjs/common';
import {
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Public } from '@shop/auth';
import { GetUploadedImageQuery } from './application/get-uploaded-image.query';
import { RenderProductImageQuery } from './application/render-product-image.query';
import { ImageNotFoundError } from './domain/image.errors';
import { UPLOAD_CACHE_CONTROL } from './infrastructure/s3-image-store';

const SVG_SUFFIX = '.svg';
// Renamed products get new pictures, so caches revalidate (cheaply, by ETag) after an hour.
const CACHE_CONTROL = 'public, max-age=3600';

/** The part of the adapter's response this handler uses (Express's response and Fastify's reply both have it). */
interface ImageResponse {
  header(name: string, value: string): unknown;
  status(code: number): unknown;
}

@ApiTags('storefront')
@Public()
@Controller('images')
export class ImagesController {
  constructor(
    private readonly renderImage: RenderProductImageQuery,
    private readonly getUploadedImage: GetUploadedImageQuery,
  ) {}

  @Get('uploads/*key')
  @ApiOperation({ summary: 'A picture an operator uploaded, streamed from S3; cacheable for a year' })
  @ApiParam({
    name: 'key',
    example: 'products/7f1c0c8e-3b0a-4c55-9d7e-2f1b1a2c3d4e/0b9e8d1c-6a5f-4e3d-8c2b-1a0f9e8d7c6b.png',
  })
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ description: 'The picture, with the type it was uploaded as' })
  @ApiNotFoundResponse({ description: 'No such picture' })
  async upload(
    @Param('key') key: string | string[],
    @Res({ passthrough: true }) response: ImageResponse,
  ): Promise<StreamableFile> {
    // Express 5 hands a wildcard's segments over as an array.
    const image = await this.getUploadedImage.execute(Array.isArray(key) ? key.join('/') : key);
    response.header('Cache-Control', UPLOAD_CACHE_CONTROL);
    if (image.entityTag !== undefined) response.header('ETag', image.entityTag);
    return new StreamableFile(image.body, {
      type: image.contentType,
      ...(image.contentLength === undefined ? {} : { length: image.contentLength }),
    });
  }

  @Get(':file')
  @ApiOperation({ summary: 'Placeholder picture of a product: a deterministic SVG, cacheable' })
  @ApiParam({ name: 'file', example: 'aurora-desk-lamp-1.svg' })
  @ApiHeader({ name: 'If-None-Match', required: false })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'The SVG' })
  @ApiNotFoundResponse({ description: 'No product with that slug' })
  async image(
    @Param('file') file: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: ImageResponse,
  ): Promise<string> {
    if (!file.endsWith(SVG_SUFFIX)) throw new ImageNotFoundError(file);
    const { svg, entityTag } = await this.renderImage.execute(file.slice(0, -SVG_SUFFIX.length));
    response.header('Cache-Control', CACHE_CONTROL);
    response.header('ETag', entityTag);
    response.header('Content-Type', 'image/svg+xml');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === entityTag)) {
      response.status(304);
      return '';
    }
    return svg;
  }
}

import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
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
import { RenderProductImageQuery } from './application/render-product-image.query';
import { ImageNotFoundError } from './domain/image.errors';

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
  constructor(private readonly renderImage: RenderProductImageQuery) {}

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

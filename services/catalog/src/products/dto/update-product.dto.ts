import { PartialType } from '@nestjs/swagger';
import { CreateProductDto } from './create-product.dto';

/** Any subset of the creation fields; absent fields stay as they are. */
export class UpdateProductDto extends PartialType(CreateProductDto) {}

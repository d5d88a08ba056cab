import { Injectable } from '@nestjs/common';
import { ImageNotFoundError } from '../domain/image.errors';
import { ImageStore, type StoredImage } from '../domain/image-store';
import { parseUploadKey } from '../domain/uploaded-image';

/** An uploaded picture from the object store, by its key; nothing outside `products/` is ever read. */
@Injectable()
export class GetUploadedImageQuery {
  constructor(private readonly store: ImageStore) {}

  async execute(key: string): Promise<StoredImage> {
    const image = await this.store.get(parseUploadKey(key));
    if (image === null) throw new ImageNotFoundError(key);
    return image;
  }
}

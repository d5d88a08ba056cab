import Image from 'next/image';
import type { ProductImage } from '@/lib/types';

/**
 * A product picture with its intrinsic size (no layout shift), loaded lazily. The catalog serves small
 * pre-sized SVGs through the gateway (/api/catalog/images, proxied on this origin): there is nothing
 * to resize, so the optimizer is skipped.
 */
export function ProductImageView({
  image,
  fallbackAlt,
  sizes,
  eager = false,
}: {
  image: ProductImage | undefined;
  fallbackAlt: string;
  sizes?: string;
  eager?: boolean;
}) {
  if (!image) {
    return (
      <div
        role="img"
        aria-label={`${fallbackAlt}: no picture`}
        className="flex aspect-[4/3] w-full items-center justify-center rounded bg-slate-100 text-xs text-slate-600"
      >
        No picture
      </div>
    );
  }
  return (
    <Image
      unoptimized
      src={image.url}
      alt={image.alt || fallbackAlt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      {...(eager ? { preload: true, loading: 'eager' as const } : { loading: 'lazy' as const })}
      className="aspect-[4/3] h-auto w-full rounded bg-slate-100 object-cover"
    />
  );
}

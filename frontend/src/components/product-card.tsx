import Link from 'next/link';
import type { ProductSummary } from '@/lib/types';
import { Price } from './price';
import { ProductImageView } from './product-image';
import { StockBadge } from './stock-badge';

export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <ProductImageView image={product.images[0]} fallbackAlt={product.name} sizes="(min-width: 768px) 25vw, 50vw" />
      <h3 className="mt-3 text-sm font-semibold text-slate-900">
        <Link href={`/products/${product.slug}`} className="hover:underline focus-visible:underline">
          {product.name}
        </Link>
      </h3>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-2">
        <Price money={product.price} className="font-semibold text-slate-900" />
        <StockBadge status={product.stockStatus} />
      </div>
    </article>
  );
}

export function ProductGrid({ products, label }: { products: ProductSummary[]; label: string }) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  );
}

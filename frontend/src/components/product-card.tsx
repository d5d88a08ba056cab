import Link from 'next/link';
import type { ProductSummary } from '@/lib/types';
import { Price } from './price';
import { ProductImageView } from './product-image';
import { StockBadge } from './stock-badge';

/** The level of the cards' headings: one below the heading of the list they are in. */
type CardHeadingLevel = 2 | 3;

export function ProductCard({ product, headingLevel }: { product: ProductSummary; headingLevel: CardHeadingLevel }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
      <ProductImageView image={product.images[0]} fallbackAlt={product.name} sizes="(min-width: 768px) 25vw, 50vw" />
      <Heading className="mt-3 text-sm font-semibold text-slate-900">
        <Link href={`/products/${product.slug}`} className="hover:underline focus-visible:underline">
          {product.name}
        </Link>
      </Heading>
      <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-2">
        <Price money={product.price} className="font-semibold text-slate-900" />
        <StockBadge status={product.stockStatus} />
      </div>
    </article>
  );
}

export function ProductGrid({
  products,
  label,
  headingLevel = 3,
}: {
  products: ProductSummary[];
  label: string;
  headingLevel?: CardHeadingLevel;
}) {
  return (
    <ul aria-label={label} className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

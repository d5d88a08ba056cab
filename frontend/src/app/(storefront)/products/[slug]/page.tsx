import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { addToCartFromForm } from '@/app/actions/cart';
import { AddToCartForm } from '@/components/add-to-cart-form';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { FailureView } from '@/components/failure-view';
import { FunnelStep } from '@/components/funnel-step';
import { Price } from '@/components/price';
import { ProductGrid } from '@/components/product-card';
import { ProductImageView } from '@/components/product-image';
import { StockBadge } from '@/components/stock-badge';
import { ApiError } from '@/lib/api-error';
import { getCategoryTree, getProduct } from '@/lib/catalog';
import { categoryPath } from '@/lib/categories';
import { FUNNEL_STEPS } from '@/lib/funnel';
import { productsHref } from '@/lib/product-query';
import { failureOf } from '@/lib/results';
import type { ProductDetail } from '@/lib/types';

type Params = Promise<{ slug: string }>;

const loadProduct = cache(async (slug: string): Promise<ProductDetail | ApiError> => {
  try {
    return await getProduct(slug);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  return { title: product instanceof ApiError ? 'Product' : product.name };
}

export default async function ProductPage({ params }: { params: Params }) {
  // The category tree (for the breadcrumbs) is asked for beside the product, not after it.
  const [product, tree] = await Promise.all([loadProduct((await params).slug), getCategoryTree().catch(() => [])]);
  if (product instanceof ApiError) {
    if (product.status === 404 || product.status === 400) notFound();
    return <FailureView failure={failureOf(product)} title="This product could not be loaded" />;
  }
  const firstCategory = product.categories[0];
  const path = firstCategory ? categoryPath(tree, firstCategory.slug) : [];
  const [mainImage, ...moreImages] = product.images;
  const attributes = Object.entries(product.attributes);

  return (
    <div className="space-y-8">
      <FunnelStep
        step={FUNNEL_STEPS.productViewed}
        attributes={{
          'product.id': product.id,
          'product.sku': product.sku,
          'product.price': product.price.amount,
          'product.currency': product.price.currency,
        }}
      />
      <Breadcrumbs
        crumbs={[
          { label: 'All products', href: '/products' },
          ...path.map((node) => ({ label: node.name, href: productsHref({ page: 1 }, { category: node.slug }) })),
          { label: product.name, href: `/products/${product.slug}` },
        ]}
      />
      <div className="grid gap-6 md:grid-cols-2">
        <div className="space-y-3">
          <ProductImageView image={mainImage} fallbackAlt={product.name} sizes="(min-width: 768px) 50vw, 100vw" eager />
          {moreImages.length > 0 ? (
            <ul aria-label="More pictures" className="grid grid-cols-3 gap-2">
              {moreImages.map((image) => (
                <li key={image.url}>
                  <ProductImageView image={image} fallbackAlt={product.name} sizes="17vw" />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="space-y-4">
          <h1 className="text-3xl font-bold">{product.name}</h1>
          <div className="flex flex-wrap items-center gap-3">
            <Price money={product.price} className="text-2xl font-semibold" />
            <StockBadge status={product.stockStatus} />
          </div>
          <AddToCartForm
            productId={product.id}
            productName={product.name}
            soldOut={product.stockStatus === 'out-of-stock' || product.status !== 'active'}
            action={addToCartFromForm}
          />
          <p className="whitespace-pre-line text-slate-800">{product.description}</p>
          {attributes.length > 0 ? (
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
              {attributes.map(([name, value]) => (
                <div key={name} className="contents">
                  <dt className="font-medium capitalize text-slate-700">{name}</dt>
                  <dd>{String(value)}</dd>
                </div>
              ))}
            </dl>
          ) : null}
          <p className="text-xs text-slate-600">SKU {product.sku}</p>
        </div>
      </div>
      {product.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading" className="mb-3 text-xl font-semibold">
            You may also like
          </h2>
          <ProductGrid products={product.related} label="Related products" />
        </section>
      ) : null}
    </div>
  );
}

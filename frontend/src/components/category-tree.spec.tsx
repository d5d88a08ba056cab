import { render, screen, within } from '@testing-library/react';
import { categoryPath } from '@/lib/categories';
import { category } from '@/testing/factories';
import { CategoryTree } from './category-tree';

const tree = [
  category({
    slug: 'lighting',
    name: 'Lighting',
    productCount: 5,
    children: [
      category({ slug: 'desk-lamps', name: 'Desk lamps', productCount: 3 }),
      category({ slug: 'floor-lamps', name: 'Floor lamps', productCount: 2 }),
    ],
  }),
  category({
    slug: 'kitchen',
    name: 'Kitchen',
    productCount: 7,
    children: [category({ slug: 'mugs', name: 'Mugs', productCount: 7 })],
  }),
];

const hrefFor = (slug: string) => `/products?category=${slug}`;

describe(CategoryTree.name, () => {
  it('lists the top-level categories with their counts and keeps closed branches closed', () => {
    render(<CategoryTree tree={tree} hrefFor={hrefFor} />);
    const nav = screen.getByRole('navigation', { name: 'Categories' });
    expect(within(nav).getByRole('link', { name: /Lighting/ })).toHaveAttribute('href', '/products?category=lighting');
    expect(within(nav).getByRole('link', { name: /Kitchen/ })).toHaveTextContent('7');
    expect(within(nav).queryByRole('link', { name: /Desk lamps/ })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: /Mugs/ })).not.toBeInTheDocument();
  });

  it('opens the branch down to the current category and marks it as the current page', () => {
    render(<CategoryTree tree={tree} currentSlug="desk-lamps" hrefFor={hrefFor} />);
    const current = screen.getByRole('link', { name: /Desk lamps/ });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /Floor lamps/ })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('link', { name: /Lighting/ })).not.toHaveAttribute('aria-current');
    expect(screen.queryByRole('link', { name: /Mugs/ })).not.toBeInTheDocument();
  });

  it('renders nothing for an empty tree', () => {
    const { container } = render(<CategoryTree tree={[]} hrefFor={hrefFor} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe(categoryPath.name, () => {
  it('gives the categories from the top down to the one asked for', () => {
    expect(categoryPath(tree, 'floor-lamps').map((node) => node.slug)).toEqual(['lighting', 'floor-lamps']);
    expect(categoryPath(tree, 'kitchen').map((node) => node.slug)).toEqual(['kitchen']);
  });

  it('is empty for a slug that is not in the tree', () => {
    expect(categoryPath(tree, 'garden')).toEqual([]);
  });
});

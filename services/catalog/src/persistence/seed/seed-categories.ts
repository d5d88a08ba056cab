/** A category of the seeded shop; leaves carry what their products are and cost. */
export interface SeedCategory {
  name: string;
  children?: SeedCategory[];
  /** Leaves only: the product nouns, the price range in whole euros, extra attributes. */
  products?: { nouns: string[]; minPrice: number; maxPrice: number; attributes?: Record<string, string[]> };
}

/** The seeded shop's tree: five departments, three levels deep. */
export const SEED_CATEGORIES: SeedCategory[] = [
  {
    name: 'Home & Living',
    children: [
      {
        name: 'Furniture',
        children: [
          {
            name: 'Chairs',
            products: { nouns: ['Chair', 'Armchair', 'Stool', 'Rocking Chair'], minPrice: 39, maxPrice: 499 },
          },
          {
            name: 'Tables',
            products: { nouns: ['Dining Table', 'Coffee Table', 'Side Table', 'Desk'], minPrice: 49, maxPrice: 899 },
          },
          {
            name: 'Sofas',
            products: { nouns: ['Sofa', 'Loveseat', 'Corner Sofa', 'Daybed'], minPrice: 299, maxPrice: 2499 },
          },
        ],
      },
      {
        name: 'Lighting',
        children: [
          {
            name: 'Desk Lamps',
            products: {
              nouns: ['Desk Lamp', 'Reading Lamp', 'Task Light'],
              minPrice: 19,
              maxPrice: 189,
              attributes: { bulb: ['LED', 'E27', 'E14'] },
            },
          },
          {
            name: 'Ceiling Lights',
            products: {
              nouns: ['Pendant Light', 'Chandelier', 'Ceiling Fixture'],
              minPrice: 29,
              maxPrice: 699,
              attributes: { bulb: ['LED', 'E27'] },
            },
          },
        ],
      },
      {
        name: 'Kitchen',
        children: [
          {
            name: 'Cookware',
            products: { nouns: ['Frying Pan', 'Saucepan', 'Dutch Oven', 'Wok'], minPrice: 15, maxPrice: 329 },
          },
          {
            name: 'Tableware',
            products: { nouns: ['Plate Set', 'Bowl', 'Mug', 'Serving Platter'], minPrice: 6, maxPrice: 149 },
          },
        ],
      },
    ],
  },
  {
    name: 'Electronics',
    children: [
      {
        name: 'Audio',
        children: [
          {
            name: 'Headphones',
            products: {
              nouns: ['Headphones', 'Earbuds', 'Headset'],
              minPrice: 19,
              maxPrice: 449,
              attributes: { connection: ['Bluetooth', 'Wired', 'USB-C'] },
            },
          },
          {
            name: 'Speakers',
            products: {
              nouns: ['Speaker', 'Soundbar', 'Bookshelf Speaker'],
              minPrice: 29,
              maxPrice: 899,
              attributes: { connection: ['Bluetooth', 'Wi-Fi', 'Wired'] },
            },
          },
        ],
      },
      {
        name: 'Computers',
        children: [
          { name: 'Laptops', products: { nouns: ['Laptop', 'Notebook', 'Ultrabook'], minPrice: 399, maxPrice: 2999 } },
          {
            name: 'Computer Accessories',
            products: { nouns: ['Keyboard', 'Mouse', 'Monitor Stand', 'USB Hub'], minPrice: 9, maxPrice: 249 },
          },
        ],
      },
      { name: 'Cameras', products: { nouns: ['Camera', 'Action Camera', 'Lens'], minPrice: 99, maxPrice: 2499 } },
    ],
  },
  {
    name: 'Fashion',
    children: [
      {
        name: 'Men',
        children: [
          {
            name: 'Shirts',
            products: {
              nouns: ['Shirt', 'Polo Shirt', 'Oxford Shirt'],
              minPrice: 19,
              maxPrice: 129,
              attributes: { size: ['S', 'M', 'L', 'XL'] },
            },
          },
          {
            name: 'Shoes',
            products: {
              nouns: ['Sneakers', 'Boots', 'Loafers'],
              minPrice: 39,
              maxPrice: 279,
              attributes: { size: ['40', '41', '42', '43', '44', '45'] },
            },
          },
        ],
      },
      {
        name: 'Women',
        children: [
          {
            name: 'Dresses',
            products: {
              nouns: ['Dress', 'Maxi Dress', 'Wrap Dress'],
              minPrice: 29,
              maxPrice: 249,
              attributes: { size: ['XS', 'S', 'M', 'L'] },
            },
          },
          { name: 'Bags', products: { nouns: ['Tote Bag', 'Handbag', 'Crossbody Bag'], minPrice: 25, maxPrice: 399 } },
        ],
      },
      { name: 'Watches', products: { nouns: ['Watch', 'Chronograph', 'Smartwatch'], minPrice: 49, maxPrice: 1299 } },
    ],
  },
  {
    name: 'Sports & Outdoors',
    children: [
      {
        name: 'Cycling',
        products: { nouns: ['Bike Helmet', 'Bike Light', 'Cycling Jersey', 'Saddle'], minPrice: 12, maxPrice: 349 },
      },
      {
        name: 'Camping',
        children: [
          { name: 'Tents', products: { nouns: ['Tent', 'Shelter', 'Tarp'], minPrice: 49, maxPrice: 899 } },
          {
            name: 'Backpacks',
            products: { nouns: ['Backpack', 'Daypack', 'Hiking Pack'], minPrice: 29, maxPrice: 349 },
          },
        ],
      },
      {
        name: 'Fitness',
        products: { nouns: ['Yoga Mat', 'Dumbbell Set', 'Kettlebell', 'Resistance Band'], minPrice: 9, maxPrice: 299 },
      },
    ],
  },
  {
    name: 'Toys & Games',
    children: [
      {
        name: 'Board Games',
        products: { nouns: ['Board Game', 'Strategy Game', 'Card Game'], minPrice: 9, maxPrice: 89 },
      },
      { name: 'Puzzles', products: { nouns: ['Jigsaw Puzzle', 'Puzzle Box', '3D Puzzle'], minPrice: 7, maxPrice: 69 } },
    ],
  },
];

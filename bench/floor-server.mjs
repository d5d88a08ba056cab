// The machine's floor for the catalog's list route: node:http and a mysql2 pool, no framework, no ORM, no
// telemetry, sending the very statement the catalog sends for `/products?page=3&pageSize=20` and answering
// JSON of the same shape. What this serves at 50 connections is about the most any Node service can on this
// machine beside its database and the load generator, so it tells a target the hardware cannot meet from
// overhead the service could shed.
// Usage: node bench/floor-server.mjs <port> <database url>
import { createServer } from 'node:http';
import mysql from 'mysql2/promise';

const [port, databaseUrl] = process.argv.slice(2);
const pool = mysql.createPool({ uri: databaseUrl, connectionLimit: 20 });

// As the catalog's TypeORM query builder writes it (captured from MariaDB's general log).
const PAGE_SQL =
  'SELECT `p`.`id` AS `p_id`, `p`.`sku` AS `p_sku`, `p`.`slug` AS `p_slug`, `p`.`name` AS `p_name`, ' +
  '`p`.`price` AS `p_price`, `p`.`currency` AS `p_currency`, `p`.`images` AS `p_images`, `p`.`status` AS `p_status`, ' +
  '`p`.`created_at` AS `p_created_at`, `s`.`sku` AS `s_sku`, `s`.`status` AS `s_status`, `s`.`as_of` AS `s_as_of` ' +
  'FROM `products` `p` LEFT JOIN `stock_statuses` `s` ON `s`.`sku` = `p`.`sku` ' +
  "WHERE `p`.`status` IN ('active') ORDER BY `p_created_at` DESC, `p_id` DESC LIMIT 20 OFFSET 40";

// The catalog caches the storefront's total for a few seconds; so does this.
let total = { value: 0, expiresAt: 0 };
async function totalOfActive() {
  if (total.expiresAt > Date.now()) return total.value;
  const [[row]] = await pool.query("SELECT COUNT(*) AS total FROM products WHERE status IN ('active')");
  total = { value: Number(row.total), expiresAt: Date.now() + 5_000 };
  return total.value;
}

function summaryOf(row) {
  return {
    id: row.p_id,
    sku: row.p_sku,
    slug: row.p_slug,
    name: row.p_name,
    price: { amount: row.p_price, currency: row.p_currency },
    images: row.p_images,
    status: row.p_status,
    createdAt: row.p_created_at,
    stockStatus: row.s_status ?? 'unknown',
  };
}

createServer(async (request, response) => {
  try {
    if (request.url.endsWith('/health/ready')) {
      await pool.query('SELECT 1');
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    const [rows] = await pool.query(PAGE_SQL);
    const body = JSON.stringify({ items: rows.map(summaryOf), total: await totalOfActive(), page: 3, pageSize: 20 });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(body);
  } catch (error) {
    response.writeHead(500).end(String(error));
  }
}).listen(Number(port), '127.0.0.1');

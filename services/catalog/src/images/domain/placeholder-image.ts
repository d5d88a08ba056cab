import { createHash } from 'node:crypto';

export const IMAGE_WIDTH = 800;
export const IMAGE_HEIGHT = 600;
const MAX_LABEL_LENGTH = 48;
const IMAGE_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)-(\d{1,2})$/;

/** Where a seeded product's image lives: `/api/catalog/images/{slug}-{n}.svg`. */
export function productImageName(slug: string, index: number): string {
  return `${slug}-${index}`;
}

/** "aurora-desk-lamp-2" -> { slug: "aurora-desk-lamp", index: 2 }; undefined when it is no image name. */
export function parseImageName(name: string): { slug: string; index: number } | undefined {
  const match = IMAGE_NAME.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  return { slug: match[1], index: Number(match[2]) };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** FNV-1a: a small, stable hash, so the same name always gets the same colours. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (const character of text) {
    value ^= character.codePointAt(0) ?? 0;
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

function shorten(label: string): string {
  const characters = [...label];
  return characters.length <= MAX_LABEL_LENGTH ? label : `${characters.slice(0, MAX_LABEL_LENGTH - 1).join('')}…`;
}

/**
 * A deterministic placeholder picture: a gradient whose hue comes from the image name, with the
 * product name (XML-escaped) across it. The same inputs always give byte-identical output.
 */
export function renderPlaceholderImage(imageName: string, label: string): string {
  const seed = hash(imageName);
  const hue = seed % 360;
  const accent = (hue + 40 + ((seed >>> 9) % 80)) % 360;
  const text = escapeXml(shorten(label));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH} ${IMAGE_HEIGHT}" role="img" aria-label="${text}">`,
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">',
    `<stop offset="0" stop-color="hsl(${hue},65%,55%)"/><stop offset="1" stop-color="hsl(${accent},60%,35%)"/>`,
    '</linearGradient></defs>',
    `<rect width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" fill="url(#g)"/>`,
    `<circle cx="${600 + (seed % 120)}" cy="${120 + ((seed >>> 7) % 120)}" r="${90 + ((seed >>> 3) % 60)}" fill="#ffffff" fill-opacity="0.12"/>`,
    `<text x="50%" y="50%" dominant-baseline="middle" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="36" fill="#ffffff">${text}</text>`,
    '</svg>',
  ].join('');
}

/** A strong validator for the rendered bytes. */
export function entityTagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

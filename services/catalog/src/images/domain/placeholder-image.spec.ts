import { entityTagOf, escapeXml, parseImageName, renderPlaceholderImage } from './placeholder-image';

describe(renderPlaceholderImage.name, () => {
  it('renders the same bytes for the same name', () => {
    expect(renderPlaceholderImage('lamp-1', 'Lamp')).toBe(renderPlaceholderImage('lamp-1', 'Lamp'));
    expect(entityTagOf(renderPlaceholderImage('lamp-1', 'Lamp'))).toBe(
      entityTagOf(renderPlaceholderImage('lamp-1', 'Lamp')),
    );
  });

  it('picks the colour from the image name', () => {
    expect(renderPlaceholderImage('lamp-1', 'Lamp')).not.toBe(renderPlaceholderImage('lamp-2', 'Lamp'));
  });

  it('escapes the product name', () => {
    const svg = renderPlaceholderImage('x-1', '<script>alert("&")</script>');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(&#34;&#38;&#34;)&#60;/script&#62;');
  });
});

describe(parseImageName.name, () => {
  it('splits the slug from the image number', () => {
    expect(parseImageName('aurora-desk-lamp-2')).toEqual({ slug: 'aurora-desk-lamp', index: 2 });
  });

  it.each(['lamp', 'Lamp-1', '../etc-1', 'lamp-123'])('refuses %j', (name) => {
    expect(parseImageName(name)).toBeUndefined();
  });
});

describe(escapeXml.name, () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`&<>"'`)).toBe('&#38;&#60;&#62;&#34;&#39;');
  });
});

import type { ReactNode } from 'react';

interface TitledSectionProps {
  /** The heading's id: the heading names the section, a region screen-reader users can jump to. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A part of a page under its own second-level heading. */
export function TitledSection({ id, title, className = 'space-y-2', children }: TitledSectionProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

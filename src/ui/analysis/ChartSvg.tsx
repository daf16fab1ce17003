import type { ReactNode } from 'react';

/**
 * The frame of the panel's charts: an image named by its summary, drawn in fixed units that
 * scale to the panel's width, with a <title> for pointer users.
 */
export function ChartSvg({
  label,
  title,
  width,
  height,
  className,
  children,
}: {
  label: string;
  title: string;
  width: number;
  height: number;
  className: string;
  children: ReactNode;
}) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      className={className}
    >
      <title>{title}</title>
      {children}
    </svg>
  );
}

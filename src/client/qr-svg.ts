import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A QR code of `text` drawn as an SVG element, computed in the page (nothing is fetched), or null
 * when the text is too long for any QR code. One path of unit squares, dark on a light quiet zone of
 * four modules as the standard asks, so scanners read it in either colour theme.
 */
export function qrSvg(text: string, label: string): SVGSVGElement | null {
  let modules: boolean[][];
  try {
    modules = encode(text, { ecc: 'L', border: 4 }).data;
  } catch {
    return null;
  }
  const size = modules.length;
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}

import qrcode from 'qrcode-generator';

/** Modules of white round the symbol: the four the QR standard asks for, so that scanners find it. */
const QUIET_ZONE = 4;

/** The dark modules of a QR code for text, or null when the text is too long for any QR code. */
export function qrModules(text: string): boolean[][] | null {
  const code = qrcode(0, 'M');
  try {
    code.addData(text, 'Byte');
    code.make();
  } catch {
    return null;
  }
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, column) => code.isDark(row, column)));
}

interface QrCodeProps {
  text: string;
  /** What a screen reader says for it. */
  label: string;
  /** The printed width of the code itself; the quiet zone is added round it. */
  millimetres: number;
}

/** A QR code drawn as one SVG path (crisp at any print resolution), made in the browser: nothing is sent anywhere. */
export function QrCode({ text, label, millimetres }: QrCodeProps) {
  const modules = qrModules(text);
  if (!modules) return null;
  const size = modules.length + QUIET_ZONE * 2;
  const printed = `${((millimetres * size) / modules.length).toFixed(2)}mm`;
  const path = modules
    .flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z` : '')))
    .join('');
  return (
    <svg
      className="qr"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      width={printed}
      height={printed}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

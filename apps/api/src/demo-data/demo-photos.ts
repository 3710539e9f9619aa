import type { DesignGeometry, DesignView } from '@smp/contracts';
import sharp from 'sharp';

/** The scene is drawn in these units; the photo is the square of it around the head. */
const SCENE = { width: 720, height: 960 };
const PHOTO = { x: 60, y: 110, size: 600 };
/** Pixels of the JPEG: small enough to draw and store quickly, large enough to draw a hairline on. */
const PHOTO_PIXELS = 800;

/** The pigment dots a photo shows: none yet, or their colour and how much they cover. */
export interface DemoShade {
  colour: string;
  opacity: number;
}

export interface DemoHead {
  /** The skin's colour, e.g. '#c68e6a'. */
  skin: string;
  /** The client's own hair, shaved short: its colour. */
  stubble: string;
}

export interface DemoPhotoScene {
  head: DemoHead;
  view: DesignView;
  /** The SMP done so far, or null before the first session. */
  shade: DemoShade | null;
}

type ScenePoint = [x: number, y: number];

/** The hairline a demo artist draws on the front photo, in the scene's units: lower and fuller than the receded one. */
const designedHairline: ScenePoint[] = [
  [144, 432],
  [223, 331],
  [360, 317],
  [497, 331],
  [576, 432],
];

const onPhoto = (points: ScenePoint[]) => points.map(([x, y]) => ({ x: (x - PHOTO.x) / PHOTO.size, y: (y - PHOTO.y) / PHOTO.size }));

/**
 * The design drawn on the front photo, as fractions of it: the hairline, its
 * temple points, the corners the recession left, a mid-line and a soft frontal tuft.
 */
export const demoFrontDesign: DesignGeometry = {
  hairline: onPhoto(designedHairline),
  temples: onPhoto([
    [151, 451],
    [569, 451],
  ]),
  recessionCorners: onPhoto([
    [245, 259],
    [475, 259],
  ]),
  guides: {
    midline: onPhoto([
      [360, 150],
      [360, 576],
    ]),
    symmetry: null,
    frontalTuft: onPhoto([
      [331, 319],
      [360, 328],
      [389, 319],
    ]),
  },
};

/** The designed hairline and everything above it: where the SMP goes. */
function treatedAreaPath(): string {
  const sides = designedHairline.at(-1)![1];
  return `M${designedHairline.map(([x, y]) => `${x},${y}`).join(' L')} L${SCENE.width},${sides} L${SCENE.width},0 L0,0 L0,${sides} Z`;
}

/** What each view shows of a shaved head with a receding hairline: the head, where the own hair still is, and the face or ear. */
function viewShapes(view: DesignView): { head: string; hair: string; features: string } {
  const ink = 'fill="none" stroke="#3a2a22" stroke-width="5" stroke-linecap="round" opacity="0.55"';
  switch (view) {
    case 'front':
      return {
        head: '<ellipse cx="360" cy="470" rx="232" ry="300"/><ellipse cx="124" cy="500" rx="26" ry="58"/><ellipse cx="596" cy="500" rx="26" ry="58"/>',
        // Above a receded M: the temples climb to the recession corners; a little island stays in front.
        hair: 'M100,540 L100,0 L620,0 L620,540 L592,540 Q588,430 560,380 Q520,300 475,252 Q430,288 360,292 Q290,288 245,252 Q200,300 160,380 Q132,430 128,540 Z',
        features: `<path d="M250 470 Q290 450 330 468 M390 468 Q430 450 470 470" ${ink}/><path d="M262 515 Q290 500 318 515 M402 515 Q430 500 458 515" ${ink}/><path d="M360 520 L350 610 Q360 622 375 612" ${ink}/><path d="M300 680 Q360 705 420 680" ${ink}/>`,
      };
    case 'left':
    case 'right':
      return {
        head: '<ellipse cx="380" cy="450" rx="270" ry="290"/>',
        // Hair over the top, side and back; the temple bare where the hairline receded.
        hair: 'M290,150 Q300,260 330,330 Q372,400 380,480 L395,570 Q430,560 470,600 L560,740 L700,740 L700,150 Z',
        features: `<ellipse cx="430" cy="500" rx="40" ry="62" fill="none" stroke="#3a2a22" stroke-width="5" opacity="0.45"/><path d="M112 440 Q104 470 118 490" ${ink}/>`,
      };
    case 'top':
      return {
        head: '<ellipse cx="360" cy="480" rx="260" ry="320"/><ellipse cx="98" cy="540" rx="18" ry="46"/><ellipse cx="622" cy="540" rx="18" ry="46"/>',
        // Seen from above: a horseshoe of hair round the sides and back, the front and mid-scalp bare.
        hair: 'M110,420 Q120,720 360,800 Q600,720 610,420 Q600,560 540,600 Q460,420 360,400 Q260,420 180,600 Q120,560 110,420 Z',
        features: `<path d="M300 175 Q360 160 420 175" ${ink}/>`,
      };
  }
}

/** An illustrative photo of a client's head in one view, as SVG: stylised, not a person. */
export function demoPhotoSvg({ head, view, shade }: DemoPhotoScene): string {
  const shapes = viewShapes(view);
  const mirrored = view === 'right' ? ` transform="translate(${SCENE.width},0) scale(-1,1)"` : '';
  const treated = view === 'front' ? `<path d="${treatedAreaPath()}" fill="url(#dots)"/>` : `<rect width="${SCENE.width}" height="${SCENE.height}" fill="url(#dots)"/>`;
  const dots = shade
    ? `<pattern id="dots" width="8" height="8" patternUnits="userSpaceOnUse"><circle cx="1.5" cy="2" r="1.4" fill="${shade.colour}"/><circle cx="5.5" cy="1" r="1.2" fill="${shade.colour}"/><circle cx="3.5" cy="5.5" r="1.4" fill="${shade.colour}"/><circle cx="7" cy="6.5" r="1.1" fill="${shade.colour}"/></pattern>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO_PIXELS}" height="${PHOTO_PIXELS}" viewBox="${PHOTO.x} ${PHOTO.y} ${PHOTO.size} ${PHOTO.size}">
<defs><linearGradient id="backdrop" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#dfe5ea"/><stop offset="1" stop-color="#b9c3cc"/></linearGradient>
<radialGradient id="light" cx="0.4" cy="0.3" r="0.7"><stop offset="0" stop-color="#ffffff" stop-opacity="0.28"/><stop offset="1" stop-color="#000000" stop-opacity="0.18"/></radialGradient>
<clipPath id="scalp">${shapes.head}</clipPath>${dots}</defs>
<rect width="${SCENE.width}" height="${SCENE.height}" fill="url(#backdrop)"/>
<path d="M170 960 Q190 800 300 760 L420 760 Q530 800 550 960 Z" fill="${head.skin}" opacity="0.9"/>
<g${mirrored}>
<g fill="${head.skin}">${shapes.head}</g>
<g clip-path="url(#scalp)"><path d="${shapes.hair}" fill="${head.stubble}" opacity="0.55"/>${shade ? `<g opacity="${shade.opacity}">${treated}</g>` : ''}<rect width="${SCENE.width}" height="${SCENE.height}" fill="url(#light)"/></g>
${shapes.features}
</g>
</svg>`;
}

/** The scene as a JPEG, as a camera would hand it over. */
export function demoPhotoJpeg(scene: DemoPhotoScene): Promise<Buffer> {
  return sharp(Buffer.from(demoPhotoSvg(scene)))
    .jpeg({ quality: 80 })
    .toBuffer();
}

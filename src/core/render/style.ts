/**
 * The one style sheet of every printed page: A4 portrait, margins a punch and a stapler leave
 * alone, fonts every Debian and Windows machine has, and the break rules that keep a table row,
 * a chart, a label or a signature block on one sheet. Colour is never the only carrier of meaning:
 * pages are printed in black and white.
 */

/** The printable width in millimetres (A4 210 mm less 14 mm margins each side); charts are drawn to it. */
export const CONTENT_WIDTH_MM = 182;

export const PAGE_CSS = `
@page { size: A4 portrait; margin: 14mm 14mm 16mm 14mm;
  @bottom-center { content: counter(page) " / " counter(pages); font: 8pt "Liberation Sans", Arial, "DejaVu Sans", sans-serif; } }
html { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.3; color: #000; background: #fff; }
body { margin: 0; }
@media screen { body { width: ${CONTENT_WIDTH_MM}mm; margin: 8mm auto; } }
h1 { font-size: 13pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 9.5pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0 2mm; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 3mm; table-layout: auto; }
th, td { border: 0.25mm solid #555; padding: 0.8mm 1.4mm; vertical-align: top; text-align: left; overflow-wrap: break-word; }
th { background: #e6e6e6; font-weight: bold; font-size: 8pt; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; overflow-wrap: normal; }
table.check, table.fixed { table-layout: fixed; }
/* A TPS's checklist is one sheet: its rows, 15 items and more, sit a little tighter. */
table.check { font-size: 8pt; line-height: 1.2; }
table.check td { padding: 0.5mm 1.2mm; }
thead { display: table-header-group; }
tr, .keep, figure, .sig, .label { break-inside: avoid; page-break-inside: avoid; }
tr.total td { font-weight: bold; border-top: 0.6mm solid #000; }
.page { break-after: page; page-break-after: always; }
.page:last-child { break-after: auto; page-break-after: auto; }
.meta { width: auto; margin: 0 0 3mm; }
.meta th, .meta td { border: none; background: none; padding: 0.3mm 3mm 0.3mm 0; }
.meta th { font-weight: normal; color: #333; white-space: nowrap; }
.hash { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 7.5pt; }
.muted { color: #444; font-size: 8pt; }
.mark { font-weight: bold; }
figure { margin: 2mm 0 4mm; }
figcaption { font-weight: bold; margin-bottom: 1mm; }
svg { display: block; }
svg text { font-family: "Liberation Sans", Arial, "DejaVu Sans", sans-serif; }
.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.3mm solid #000; vertical-align: middle; }
.fill { display: inline-block; min-width: 45mm; border-bottom: 0.25mm dotted #000; }
.sigs { display: flex; flex-wrap: wrap; justify-content: space-between; margin-top: 6mm; gap: 4mm 0; }
.sig { width: 56mm; text-align: center; }
.sig:only-child { margin-left: auto; }
.sig .role { min-height: 9mm; }
.sig .space { height: 16mm; }
.sig .name { border-bottom: 0.25mm solid #000; height: 5mm; }
.sig .nip { text-align: left; margin-top: 1mm; }
.letter-head { text-align: center; border-bottom: 0.6mm double #000; padding-bottom: 2mm; margin-bottom: 4mm; }
.letter-head .org { font-size: 12pt; font-weight: bold; }
.title { text-align: center; font-size: 12pt; font-weight: bold; margin: 2mm 0 0; }
.subtitle { text-align: center; margin: 0 0 4mm; }
.labels { display: block; }
.label { box-sizing: border-box; height: 122mm; overflow: hidden; border: 0.6mm solid #000; padding: 5mm 6mm; margin: 0 0 5mm; }
.label:nth-child(2n) { margin-bottom: 0; break-after: page; page-break-after: always; }
.label:last-child { break-after: auto; page-break-after: auto; }
.label .jenis { font-size: 17pt; font-weight: bold; margin: 1mm 0 3mm; }
.label .tps { font-size: 30pt; font-weight: bold; line-height: 1.1; }
.label table.id { margin: 0 0 3mm; }
.label table.id th, .label table.id td { border: none; background: none; padding: 0.5mm 3mm 0.5mm 0; font-size: 11pt; }
.label table.id th { font-weight: normal; white-space: nowrap; width: 30mm; }
`;

import { Html } from './escape';

/** The catalog's whole stylesheet, inline: one request per page, no JavaScript. */
export const CSS = new Html(
  [
    '*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#faf8f5}',
    'a{color:#8a4b14}main{max-width:1100px;margin:0 auto;padding:16px}',
    '.top{display:flex;justify-content:space-between;align-items:center;gap:8px;padding:12px 16px;background:#fff;border-bottom:1px solid #e6e0d8;flex-wrap:wrap}',
    '.brand{font-weight:700;text-decoration:none;font-size:1.1rem}.top nav{display:flex;gap:10px;align-items:center}',
    '.cur{text-decoration:none;font-size:.85rem;padding:2px 6px;border-radius:4px}.cur.on{background:#8a4b14;color:#fff}',
    'h1{font-size:1.6rem;line-height:1.25;margin:.4em 0}h2{font-size:1.2rem;margin:1.2em 0 .4em}',
    '.filters{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px;margin:12px 0;padding:12px;background:#fff;border:1px solid #e6e0d8;border-radius:8px}',
    'input,select,textarea,button{font:inherit;padding:8px;border:1px solid #c9c1b6;border-radius:6px;width:100%;background:#fff}',
    'button{background:#8a4b14;color:#fff;border:0;cursor:pointer;font-weight:600}label{display:block;font-size:.9rem;margin-top:8px}',
    '.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:12px;padding:0;list-style:none}',
    '.card{background:#fff;border:1px solid #e6e0d8;border-radius:8px;overflow:hidden}.card a{text-decoration:none;color:inherit;display:block}',
    '.card img,.ph{width:100%;aspect-ratio:1;object-fit:cover;display:block;background:#eee}.card .b{padding:8px}.card .n{font-weight:600}',
    '.muted{color:#5f6368;font-size:.9rem}.tag{display:inline-block;font-size:.75rem;padding:1px 6px;border-radius:10px;background:#e8f3ea;color:#1e6b34;margin-right:4px}',
    '.tag.f{background:#fdf0dc;color:#8a4b14}.price{font-weight:700;font-size:1.1rem}',
    '.product{display:grid;gap:16px}@media(min-width:800px){.product{grid-template-columns:1.1fr 1fr}}',
    '.gallery img{width:100%;height:auto;border-radius:8px;background:#eee}.thumbs{display:flex;gap:6px;margin-top:6px;overflow-x:auto}.thumbs img{width:72px;height:72px;object-fit:cover}',
    'dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px;margin:0}dt{color:#5f6368}dd{margin:0}',
    '.box{background:#fff;border:1px solid #e6e0d8;border-radius:8px;padding:12px 16px;margin:12px 0}',
    '.err{color:#b3261e;font-size:.85rem}.ok{background:#e8f3ea;border-color:#9bc9a6}.alert{background:#fdecea;border-color:#f1aca6}',
    '.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}',
    'footer{max-width:1100px;margin:24px auto;padding:16px;color:#5f6368;font-size:.85rem;border-top:1px solid #e6e0d8}',
    '.pager{display:flex;gap:12px;margin:16px 0}',
  ].join(''),
);

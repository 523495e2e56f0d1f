// Turns the unpacked npm package jquery-jpostal-ja (Japan Post's KEN_ALL and JIGYOSYO data as
// JSONP files per 3-digit prefix) into the compact TSV that PostalDirectory loads.
// Usage: node build-postal-data.mjs <unpacked package dir> <output .tsv.gz>
// Only Node built-ins: the output must be reproducible byte for byte from the pinned package.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const [packageDir, output] = process.argv.slice(2);
if (!packageDir || !output) {
  console.error("usage: node build-postal-data.mjs <package dir> <output .tsv.gz>");
  process.exit(2);
}

// JIS X 0401 order: the package has no prefecture codes, and the code makes a stable sort key.
const PREFECTURES = ["北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県",
  "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
  "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県",
  "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県",
  "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県"];

const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
const jsonDir = join(packageDir, "json");
const rows = [];
let dataStamp = "";
for (const file of readdirSync(jsonDir).filter(f => f.endsWith(".json")).sort()) {
  const text = readFileSync(join(jsonDir, file), "utf8");
  // JSONP: jQuery_jpostal_callback([...]);
  const records = JSON.parse(text.slice(text.indexOf("(") + 1, text.lastIndexOf(")")));
  for (const r of records) {
    if (r[0] === "_000info") {
      dataStamp = r[2];
    }
    if (/^_\d{7}$/.test(r[0])) {
      rows.push(r);
    }
  }
}

// Kana is half-width in the source; forms show full-width (NFKC turns ｼﾌﾞﾔ into シブヤ).
const kana = s => (s || "").normalize("NFKC");
const clean = s => (s || "").trim();
// KEN_ALL's notes that are not a town ("○○の次に番地がくる場合") mean "any town", like an empty name.
const townOf = s => /の次に.*場合$/.test(s) ? "" : s;
const FLOOR = /^(.*?)(?:（[^）]*）)?[０-９0-9]+階$/;

const prefIndex = new Map(PREFECTURES.map((name, i) => [name, i + 1]));
const prefKana = new Map();
const cities = new Map(); // "pref|city" -> {no, pref, name, kana}
const residentialTowns = new Map(); // "pref|city" -> Set of town names
const townKana = new Map(); // "pref|city|town" -> kana
for (const r of rows) {
  const [, pref, city, town, block, business, pKana, cKana, tKana] = r;
  if (!prefIndex.has(pref)) {
    throw new Error("unknown prefecture " + pref + " in " + r[0]);
  }
  prefKana.set(pref, kana(pKana));
  const cityKey = pref + "|" + city;
  if (!cities.has(cityKey)) {
    cities.set(cityKey, { pref, name: city, kana: kana(cKana) });
  }
  if (!block && !business) {
    if (!residentialTowns.has(cityKey)) residentialTowns.set(cityKey, new Set());
    residentialTowns.get(cityKey).add(townOf(clean(town)));
    if (tKana && !townKana.has(cityKey + "|" + town)) townKana.set(cityKey + "|" + town, kana(tKana));
  }
}

// High-rise buildings have a code per floor, named town + building + floor ("霞が関霞が関ビル１２階"),
// and one for the rest of the building ("霞が関霞が関ビル"). Split them so the town matches what people
// type in the address line and the building what they type in the building field.
const buildingBases = new Set();
for (const r of rows) {
  const m = FLOOR.exec(r[3]);
  if (m && !r[4] && !r[5]) buildingBases.add(r[1] + "|" + r[2] + "|" + m[1]);
}
function splitBuilding(cityKey, town) {
  const floor = FLOOR.exec(town);
  const base = floor ? floor[1] : town;
  if (!buildingBases.has(cityKey + "|" + base)) return [town, ""];
  const towns = residentialTowns.get(cityKey);
  for (let i = base.length - 1; i > 0; i--) {
    const prefix = base.slice(0, i);
    if (towns.has(prefix) && !buildingBases.has(cityKey + "|" + prefix)) {
      return [prefix, town.slice(i)];
    }
  }
  return [town, ""];
}

const sortedCities = [...cities.values()].sort((a, b) =>
  prefIndex.get(a.pref) - prefIndex.get(b.pref) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
sortedCities.forEach((c, i) => { c.no = i + 1; });

const lines = [];
lines.push(["#kaeru-postal-directory", "1", `${pkg.name}@${pkg.version}`, dataStamp].join("\t"));
for (const name of PREFECTURES) {
  lines.push(["P", prefIndex.get(name), name, prefKana.get(name) || ""].join("\t"));
}
for (const c of sortedCities) {
  lines.push(["C", c.no, prefIndex.get(c.pref), c.name, c.kana].join("\t"));
}
const addresses = [];
for (const r of rows) {
  const [id, pref, city, rawTown, block, business, , , tKana] = r;
  const cityKey = pref + "|" + city;
  const town = townOf(clean(rawTown));
  const code = Number(id.slice(1));
  const cityNo = cities.get(cityKey).no;
  if (block || business) {
    // A large organisation's own code (JIGYOSYO): its block number and name come with it.
    addresses.push({ type: "B", code, cityNo, fields: [town, townKana.get(cityKey + "|" + town) || kana(tKana),
      clean(block), clean(business)] });
  } else {
    const [baseTown, building] = splitBuilding(cityKey, town);
    const baseKana = building ? (townKana.get(cityKey + "|" + baseTown) || "") : kana(tKana);
    addresses.push({ type: "A", code, cityNo, fields: [baseTown, baseKana, building] });
  }
}
// By code; stable within a code, so a code's towns keep Japan Post's order.
addresses.sort((a, b) => a.code - b.code);

// Compact rows: the code as the difference to the previous row's, the municipality only when it
// changes. Trailing empty fields are dropped.
const addressLines = [];
const seen = new Set();
let previousCode = 0;
let previousCity = 0;
for (const a of addresses) {
  const identity = [a.type, a.code, a.cityNo, ...a.fields].join("\t");
  if (seen.has(identity)) continue; // the source repeats a few rows
  seen.add(identity);
  addressLines.push([a.type, a.code - previousCode, a.cityNo === previousCity ? "" : a.cityNo, ...a.fields]
    .join("\t").replace(/\t+$/, ""));
  previousCode = a.code;
  previousCity = a.cityNo;
}
const codeCount = new Set(addresses.map(a => a.code)).size;

const tsv = Buffer.from(lines.concat(addressLines).join("\n") + "\n", "utf8");
const gz = gzipSync(tsv, { level: 9 });
writeFileSync(output, gz);
console.log(`${pkg.name}@${pkg.version} (data ${dataStamp}): ${sortedCities.length} municipalities, `
  + `${addressLines.length} addresses, ${codeCount} postal codes; `
  + `${tsv.length} bytes TSV, ${gz.length} bytes gzip -> ${output}`);

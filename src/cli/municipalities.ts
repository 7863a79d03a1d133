/**
 * Centres of Czech municipalities, to place a service whose data has an
 * address but no coordinates (the registry's open data has none) at its
 * municipality's centre. The list is data/reference/cz-obce-souradnice.csv
 * (6,259 municipalities as of 1 January 2018, source and licence in the
 * README there), bundled into the tool in a compact form by
 * scripts/build/municipalities.mjs.
 */
import { normalize, regionKey } from './vocab.js';

/** The compact list: one "code,name,district code,lat,lon" line per municipality; names of the codes. */
export interface MunicipalityList {
  rows: string;
  districts: Record<string, string>;
  regions: Record<string, string>;
}

/** What an address tells of its municipality. */
export interface MunicipalityQuery {
  city?: string;
  /** RÚIAN code of the municipality (6 digits). */
  cityCode?: string;
  district?: string;
  /** e.g. CZ0641 */
  districtCode?: string;
  region?: string;
  /** e.g. CZ064 */
  regionCode?: string;
}

export interface MunicipalityCentre {
  /** RÚIAN code of the municipality the point is the centre of. */
  code: string;
  lat: number;
  lon: number;
}

interface Entry extends MunicipalityCentre {
  districtCode: string;
}

/** Looks municipalities up by RÚIAN code, else by name and district (or region). */
export class MunicipalityCentres {
  private byCode?: Map<string, Entry>;
  private byName?: Map<string, Entry[]>;

  constructor(private readonly list: MunicipalityList) {}

  /** Built when first asked: most imports have coordinates and never need it. */
  private index(): { byCode: Map<string, Entry>; byName: Map<string, Entry[]> } {
    if (!this.byCode || !this.byName) {
      const byCode = new Map<string, Entry>();
      const byName = new Map<string, Entry[]>();
      for (const row of this.list.rows.split('\n')) {
        const [code = '', name = '', districtCode = '', lat, lon] = row.split(',');
        const entry = { code, districtCode, lat: Number(lat), lon: Number(lon) };
        byCode.set(code, entry);
        const key = normalize(name);
        const same = byName.get(key);
        if (same) same.push(entry);
        else byName.set(key, [entry]);
      }
      this.byCode = byCode;
      this.byName = byName;
    }
    return { byCode: this.byCode, byName: this.byName };
  }

  /**
   * The centre of the municipality an address is in. By its RÚIAN code when
   * the list has it; else by its name in its district. The list is of 2018:
   * a municipality that has moved to another district since is found by its
   * name in its region. A name the list has several times in the district or
   * region given (or, with neither given, anywhere) is not guessed.
   */
  find(place: MunicipalityQuery): MunicipalityCentre | undefined {
    const { byCode, byName } = this.index();
    const byItsCode = place.cityCode ? byCode.get(place.cityCode) : undefined;
    if (byItsCode) return centre(byItsCode);
    if (!place.city) return undefined;
    let candidates = byName.get(normalize(place.city)) ?? [];
    const inDistrict = this.district(place);
    const inRegion = this.region(place);
    if (inDistrict) {
      const found = candidates.filter(inDistrict);
      candidates = found.length || !inRegion ? found : candidates.filter(inRegion);
    } else if (inRegion) candidates = candidates.filter(inRegion);
    return candidates.length === 1 ? centre(candidates[0] as Entry) : undefined;
  }

  /** A test of the district the address names (by code or name), if it names one. */
  private district(place: MunicipalityQuery): ((entry: Entry) => boolean) | undefined {
    const code = place.districtCode?.toUpperCase();
    if (code) return (entry) => entry.districtCode === code;
    if (!place.district) return undefined;
    const name = normalize(place.district);
    return (entry) => normalize(this.list.districts[entry.districtCode] ?? '') === name;
  }

  /** A test of the region the address names (by code or name), if it names one. */
  private region(place: MunicipalityQuery): ((entry: Entry) => boolean) | undefined {
    const code = place.regionCode?.toUpperCase();
    if (code) return (entry) => entry.districtCode.slice(0, 5) === code;
    if (!place.region) return undefined;
    const name = regionKey(place.region);
    return (entry) => regionKey(this.list.regions[entry.districtCode.slice(0, 5)] ?? '') === name;
  }
}

const centre = ({ code, lat, lon }: Entry): MunicipalityCentre => ({ code, lat, lon });

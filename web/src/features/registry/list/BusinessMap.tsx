import 'leaflet/dist/leaflet.css';
import './map.css';
import { Alert, Box, Text } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import L from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type MapPoint = { id: string; name: string; lat: number; lng: number; subsector: string };

type Props = {
  points: MapPoint[];
  onSelect: (id: string) => void;
  height?: number | string;
};

// Overridable for an office tile server or a mirror; the CSP must allow its host.
const TILE_URL =
  (import.meta.env.VITE_MAP_TILE_URL as string | undefined) ??
  'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';
// Kota Malang city centre: where an empty map opens.
const FALLBACK_CENTER: L.LatLngTuple = [-7.9666, 112.6326];

const SUBSECTOR_COLORS: Record<string, string> = {
  electroforming: '#bd5e16',
  logam: '#495057',
  kayu: '#8b5a2b',
  keramik: '#c2410c',
  anyaman: '#a16207',
  batik_tekstil: '#7048e8',
  kulit: '#5c3d2e',
  perhiasan: '#d6336c',
  lainnya: '#1c7ed6',
};

/**
 * Leaflet, because its vector markers need no tiles: when the tile server is unreachable
 * (offline phone, a closed network, a CSP that does not list the tile host) the points still
 * plot on a plain background with a grid and the outline of the area, and the page keeps working.
 */
export default function BusinessMap({ points, onSelect, height = 480 }: Props) {
  const { t } = useTranslation();
  const container = useRef<HTMLElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const layerRef = useRef<L.LayerGroup | null>(null);
  const [tilesDown, setTilesDown] = useState(typeof navigator !== 'undefined' && !navigator.onLine);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    const map = L.map(container.current, { center: FALLBACK_CENTER, zoom: 12, preferCanvas: false });
    map.attributionControl.setPrefix('Leaflet');
    L.control.scale({ imperial: false }).addTo(map);
    mapRef.current = map;
    layerRef.current = L.layerGroup().addTo(map);
    let errors = 0;
    let loaded = 0;
    const tiles = L.tileLayer(TILE_URL, { attribution: TILE_ATTRIBUTION, maxZoom: 19 });
    tiles.on('tileload', () => {
      loaded += 1;
    });
    tiles.on('tileerror', () => {
      errors += 1;
      if (loaded === 0 && errors >= 2) {
        map.removeLayer(tiles);
        setTilesDown(true);
      }
    });
    if (navigator.onLine) tiles.addTo(map);
    return () => {
      map.remove();
      mapRef.current = null;
      layerRef.current = null;
    };
  }, []);

  // Leaflet owns the container's classes; React must not overwrite them on re-render.
  useEffect(() => {
    container.current?.classList.toggle('bk-map-plain', tilesDown);
  }, [tilesDown]);

  useEffect(() => {
    const map = mapRef.current;
    const layer = layerRef.current;
    if (!map || !layer) return;
    layer.clearLayers();
    if (points.length === 0) return;
    const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lng] as L.LatLngTuple));
    // The outline of the plotted area gives a sense of place when there is no base map.
    L.rectangle(bounds.pad(0.08), {
      color: '#868e96',
      weight: 1,
      dashArray: '4 4',
      fill: false,
      interactive: false,
    }).addTo(layer);
    for (const p of points) {
      const marker = L.circleMarker([p.lat, p.lng], {
        radius: 7,
        color: '#fff',
        weight: 2,
        fillColor: SUBSECTOR_COLORS[p.subsector] ?? SUBSECTOR_COLORS.lainnya,
        fillOpacity: 0.9,
      });
      // A DOM node, not an HTML string: business names are user input.
      const label = document.createElement('span');
      label.textContent = p.name;
      marker.bindTooltip(label, { direction: 'top', offset: [0, -6] });
      marker.on('click', () => selectRef.current(p.id));
      marker.addTo(layer);
    }
    map.fitBounds(bounds.pad(0.15), { maxZoom: 16 });
  }, [points]);

  return (
    <Box pos="relative" style={{ overflow: 'hidden' }}>
      {tilesDown && (
        <Alert color="gray" icon={<IconMapOff size={18} />} mb="xs" p="xs" data-testid="map-offline">
          <Text size="sm">{t('registry:map.tiles_unavailable')}</Text>
        </Alert>
      )}
      <section
        ref={container}
        data-testid="business-map"
        style={{ height, width: '100%', borderRadius: 8, zIndex: 0 }}
        aria-label={t('registry:map.label')}
      ></section>
    </Box>
  );
}

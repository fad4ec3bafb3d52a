import enAudit from './en/audit.json';
import enAuth from './en/auth.json';
import enCatalog from './en/catalog.json';
import enCommon from './en/common.json';
import enDashboard from './en/dashboard.json';
import enElectroforming from './en/electroforming.json';
import enErrors from './en/errors.json';
import enFields from './en/fields.json';
import enMonitoring from './en/monitoring.json';
import enNeeds from './en/needs.json';
import enOutbox from './en/outbox.json';
import enPhotoArea from './en/photo-area.json';
import enRegistry from './en/registry.json';
import enRegistryApi from './en/registry-api.json';
import enRegistryImport from './en/registry-import.json';
import enRegistryRecord from './en/registry-record.json';
import enRegistryValidation from './en/registry-validation.json';
import enTraining from './en/training.json';
import enUsers from './en/users.json';
import idAudit from './id/audit.json';
import idAuth from './id/auth.json';
import idCatalog from './id/catalog.json';
import idCommon from './id/common.json';
import idDashboard from './id/dashboard.json';
import idElectroforming from './id/electroforming.json';
import idErrors from './id/errors.json';
import idFields from './id/fields.json';
import idMonitoring from './id/monitoring.json';
import idNeeds from './id/needs.json';
import idOutbox from './id/outbox.json';
import idPhotoArea from './id/photo-area.json';
import idRegistry from './id/registry.json';
import idRegistryApi from './id/registry-api.json';
import idRegistryImport from './id/registry-import.json';
import idRegistryRecord from './id/registry-record.json';
import idRegistryValidation from './id/registry-validation.json';
import idTraining from './id/training.json';
import idUsers from './id/users.json';

/** Every message catalog, by locale and namespace (one namespace per feature). */
export const resources = {
  id: {
    common: idCommon,
    errors: idErrors,
    outbox: idOutbox,
    fields: idFields,
    auth: idAuth,
    users: idUsers,
    audit: idAudit,
    electroforming: idElectroforming,
    'photo-area': idPhotoArea,
    'registry-validation': idRegistryValidation,
    registry: idRegistry,
    'registry-api': idRegistryApi,
    'registry-import': idRegistryImport,
    'registry-record': idRegistryRecord,
    training: idTraining,
    monitoring: idMonitoring,
    catalog: idCatalog,
    dashboard: idDashboard,
    needs: idNeeds,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    outbox: enOutbox,
    fields: enFields,
    auth: enAuth,
    users: enUsers,
    audit: enAudit,
    electroforming: enElectroforming,
    'photo-area': enPhotoArea,
    'registry-validation': enRegistryValidation,
    registry: enRegistry,
    'registry-api': enRegistryApi,
    'registry-import': enRegistryImport,
    'registry-record': enRegistryRecord,
    training: enTraining,
    monitoring: enMonitoring,
    catalog: enCatalog,
    dashboard: enDashboard,
    needs: enNeeds,
  },
} as const;

export type Namespace = keyof (typeof resources)['id'];
export const NAMESPACES = Object.keys(resources.id) as Namespace[];

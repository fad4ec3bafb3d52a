import { z } from 'zod';
import { type IssueCode, issue } from './issues';

/*
 * The registry's closed lists and their zod enums, without the spreadsheet parsers that read
 * them (subsector.ts, certification.ts …): the list page's filters and its API contract load
 * this alone, not the importer's synonym tables (issue 10: first load under 250 KB).
 */

export const SUBSECTORS = [
  'electroforming',
  'logam',
  'kayu',
  'keramik',
  'anyaman',
  'batik_tekstil',
  'kulit',
  'perhiasan',
  'lainnya',
] as const;
export const CERTIFICATION_TYPES = ['pirt', 'halal', 'sni', 'hki', 'bpom', 'lainnya'] as const;
export const EXPORT_STATUSES = ['belum', 'pernah', 'aktif'] as const;
export const LEGAL_FORMS = ['perorangan', 'cv', 'pt', 'koperasi'] as const;
export const GENDERS = ['male', 'female'] as const;
export const EDUCATION_LEVELS = [
  'none',
  'sd',
  'smp',
  'sma',
  'd1',
  'd2',
  'd3',
  'd4',
  's1',
  's2',
  's3',
] as const;

const key = (code: IssueCode) => issue(code).key;

export const zLegalForm = z.enum(LEGAL_FORMS, { error: key('legalForm.unknown') });
export const zSubsector = z.enum(SUBSECTORS, { error: key('subsector.unmapped') });
export const zGender = z.enum(GENDERS, { error: key('gender.unknown') });
export const zEducation = z.enum(EDUCATION_LEVELS, { error: key('education.unknown') });
export const zExportStatus = z.enum(EXPORT_STATUSES, { error: key('exportStatus.unknown') });
export const zCertificationType = z.enum(CERTIFICATION_TYPES, { error: key('certification.unknown') });

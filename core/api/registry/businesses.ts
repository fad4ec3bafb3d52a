import { IdParams, OkResponse } from '#core/schemas/common';
import {
  Business,
  BusinessHistory,
  BusinessSaved,
  Certification,
  CertificationBody,
  CertificationParams,
  CreateBusinessBody,
  DuplicateList,
  DuplicatesQuery,
  HistoryQuery,
  MergeBody,
  MergedPointer,
  MergeResult,
  OwnerBusinessParams,
  OwnerLinkInput,
  Snapshot,
  SnapshotBody,
  SnapshotParams,
  UpdateBusinessBody,
  UpdateCertificationBody,
  UpdateSnapshotBody,
} from '#core/schemas/registry';
import { defineEndpoints } from '../endpoint';
import { businessListApi } from './list';

const tags = ['registry'] as const;

/** Businesses: the list and map, search before create, the record and its history, merges. */
export const businessesApi = defineEndpoints({
  listBusinesses: businessListApi.listBusinesses,
  createBusiness: {
    method: 'POST',
    path: '/businesses',
    tags,
    body: CreateBusinessBody,
    responses: { 201: BusinessSaved },
  },
  mapPoints: businessListApi.mapPoints,
  /** The query string may carry a NIK: this route's request lines are not logged. */
  findDuplicates: {
    method: 'GET',
    path: '/businesses/duplicates',
    tags,
    query: DuplicatesQuery,
    responses: { 200: DuplicateList },
  },
  /** The same search with the probe in the body (keeps a NIK out of URLs). */
  searchDuplicates: {
    method: 'POST',
    path: '/businesses/duplicates',
    tags,
    body: DuplicatesQuery,
    responses: { 200: DuplicateList },
  },
  /** A merged record answers 301 with where it went. */
  getBusiness: {
    method: 'GET',
    path: '/businesses/:id',
    tags,
    params: IdParams,
    responses: { 200: Business, 301: MergedPointer },
  },
  updateBusiness: {
    method: 'PATCH',
    path: '/businesses/:id',
    tags,
    params: IdParams,
    body: UpdateBusinessBody,
    responses: { 200: BusinessSaved },
  },
  deleteBusiness: {
    method: 'DELETE',
    path: '/businesses/:id',
    tags,
    params: IdParams,
    responses: { 200: OkResponse },
  },
  businessHistory: {
    method: 'GET',
    path: '/businesses/:id/history',
    tags,
    params: IdParams,
    query: HistoryQuery,
    responses: { 200: BusinessHistory },
  },
  mergeBusinesses: {
    method: 'POST',
    path: '/businesses/:id/merge',
    tags,
    params: IdParams,
    body: MergeBody,
    responses: { 200: MergeResult },
  },
});

/** Snapshots, certifications and owner links of one business. */
export const businessPartsApi = defineEndpoints({
  createSnapshot: {
    method: 'POST',
    path: '/businesses/:id/snapshots',
    tags,
    params: IdParams,
    body: SnapshotBody,
    responses: { 201: Snapshot },
  },
  updateSnapshot: {
    method: 'PATCH',
    path: '/businesses/:id/snapshots/:snapshotId',
    tags,
    params: SnapshotParams,
    body: UpdateSnapshotBody,
    responses: { 200: Snapshot },
  },
  deleteSnapshot: {
    method: 'DELETE',
    path: '/businesses/:id/snapshots/:snapshotId',
    tags,
    params: SnapshotParams,
    responses: { 200: OkResponse },
  },
  createCertification: {
    method: 'POST',
    path: '/businesses/:id/certifications',
    tags,
    params: IdParams,
    body: CertificationBody,
    responses: { 201: Certification },
  },
  updateCertification: {
    method: 'PATCH',
    path: '/businesses/:id/certifications/:certificationId',
    tags,
    params: CertificationParams,
    body: UpdateCertificationBody,
    responses: { 200: Certification },
  },
  deleteCertification: {
    method: 'DELETE',
    path: '/businesses/:id/certifications/:certificationId',
    tags,
    params: CertificationParams,
    responses: { 200: OkResponse },
  },
  addBusinessOwner: {
    method: 'POST',
    path: '/businesses/:id/owners',
    tags,
    params: IdParams,
    body: OwnerLinkInput,
    responses: { 201: BusinessSaved },
  },
  removeBusinessOwner: {
    method: 'DELETE',
    path: '/businesses/:id/owners/:ownerId',
    tags,
    params: OwnerBusinessParams,
    responses: { 200: BusinessSaved },
  },
});

/*
 * The catalog's use cases. Other features call the catalog only through these exports:
 * the needs inventory (issue 13) reads an IKM's export-readiness gaps with
 * `exportReadinessGaps(db, businessId)`.
 */

export { createInquiry, getInquiry, listInquiries, replyToInquiry, updateInquiryStatus } from './inquiries';
export { getMaker, pickBusinesses, updateMaker } from './makers';
export { cachedPage, clearPageCache } from './page-cache';
export { addPhoto, deletePhoto, MAX_PHOTO_BYTES, readPhoto, resizePhoto } from './photos';
export { createProduct, getProduct, listProducts, updateProduct } from './products';
export { getPublicMaker, getPublicProduct, listPublicProducts, sitemapEntries } from './public';
export { EXPORT_READY_SCORE, type ExportReadinessGap, exportReadinessGaps, getReadiness } from './readiness';
export { featureProduct, publishProduct, returnProduct, submitProduct } from './review';
export { type TrainingEvidence, trainingEvidenceFor } from './training-evidence';

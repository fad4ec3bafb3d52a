import { z } from 'zod';
import {
  BusinessParams,
  BusinessPickList,
  BusinessPickQuery,
  CreateInquiryBody,
  CreateProductBody,
  FeatureProductBody,
  HsHeadingList,
  Inquiry,
  InquiryCreated,
  InquiryList,
  InquiryMessage,
  ListInquiriesQuery,
  ListProductsQuery,
  MakerProfile,
  Photo,
  Product,
  ProductList,
  ProductPhotoParams,
  PublicMaker,
  PublicProduct,
  PublicProductList,
  PublicProductQuery,
  PublicProductsQuery,
  Readiness,
  ReplyBody,
  ReturnProductBody,
  SlugParams,
  UpdateInquiryBody,
  UpdateMakerBody,
  UpdateProductBody,
} from '#core/schemas/catalog';
import { IdParams } from '#core/schemas/common';
import { defineEndpoints } from './endpoint';

const tags = ['catalog'] as const;
const publicTags = ['catalog-public'] as const;

const PhotoFileParams = z.strictObject({
  id: z.uuid(),
  file: z.enum(['400.webp', '1200.webp', '1200.jpg', '1200.avif']),
});

/** Products, their review, photos, makers' stories and export readiness (signed in). */
export const catalogApi = defineEndpoints({
  listProducts: {
    method: 'GET',
    path: '/products',
    tags,
    query: ListProductsQuery,
    responses: { 200: ProductList },
  },
  createProduct: {
    method: 'POST',
    path: '/products',
    tags,
    body: CreateProductBody,
    responses: { 201: Product },
  },
  getProduct: { method: 'GET', path: '/products/:id', tags, params: IdParams, responses: { 200: Product } },
  updateProduct: {
    method: 'PATCH',
    path: '/products/:id',
    tags,
    params: IdParams,
    body: UpdateProductBody,
    responses: { 200: Product },
  },
  submitProduct: {
    method: 'POST',
    path: '/products/:id/submit',
    tags,
    params: IdParams,
    responses: { 200: Product },
  },
  publishProduct: {
    method: 'POST',
    path: '/products/:id/publish',
    tags,
    params: IdParams,
    responses: { 200: Product },
  },
  returnProduct: {
    method: 'POST',
    path: '/products/:id/return',
    tags,
    params: IdParams,
    body: ReturnProductBody,
    responses: { 200: Product },
    summary: 'Sends a submitted or published product back to draft with a note (office).',
  },
  featureProduct: {
    method: 'POST',
    path: '/products/:id/feature',
    tags,
    params: IdParams,
    body: FeatureProductBody,
    responses: { 200: Product },
  },
  addPhoto: {
    method: 'POST',
    path: '/products/:id/photos',
    tags,
    params: IdParams,
    upload: ['photo'],
    responses: { 201: Photo },
  },
  deletePhoto: {
    method: 'DELETE',
    path: '/products/:id/photos/:photoId',
    tags,
    params: ProductPhotoParams,
    responses: { 200: Product },
  },
  businesses: {
    method: 'GET',
    path: '/catalog/businesses',
    tags,
    query: BusinessPickQuery,
    responses: { 200: BusinessPickList },
    summary: 'The businesses the caller may list products for (a picker).',
  },
  hsHeadings: { method: 'GET', path: '/catalog/hs-codes', tags, responses: { 200: HsHeadingList } },
  readiness: {
    method: 'GET',
    path: '/catalog/readiness/:businessId',
    tags,
    params: BusinessParams,
    responses: { 200: Readiness },
  },
  getMaker: {
    method: 'GET',
    path: '/catalog/makers/:businessId',
    tags,
    params: BusinessParams,
    responses: { 200: MakerProfile },
  },
  updateMaker: {
    method: 'PUT',
    path: '/catalog/makers/:businessId',
    tags,
    params: BusinessParams,
    body: UpdateMakerBody,
    responses: { 200: MakerProfile },
  },
});

/** Buyers' inquiries: the owner's and the office's inbox. */
export const inquiriesApi = defineEndpoints({
  list: {
    method: 'GET',
    path: '/inquiries',
    tags,
    query: ListInquiriesQuery,
    responses: { 200: InquiryList },
  },
  get: { method: 'GET', path: '/inquiries/:id', tags, params: IdParams, responses: { 200: Inquiry } },
  update: {
    method: 'PATCH',
    path: '/inquiries/:id',
    tags,
    params: IdParams,
    body: UpdateInquiryBody,
    responses: { 200: Inquiry },
  },
  reply: {
    method: 'POST',
    path: '/inquiries/:id/replies',
    tags,
    params: IdParams,
    body: ReplyBody,
    responses: { 201: InquiryMessage },
  },
});

/** What buyers reach without an account. */
export const publicCatalogApi = defineEndpoints({
  products: {
    method: 'GET',
    path: '/public/products',
    tags: publicTags,
    query: PublicProductsQuery,
    responses: { 200: PublicProductList },
    public: true,
  },
  product: {
    method: 'GET',
    path: '/public/products/:slug',
    tags: publicTags,
    params: SlugParams,
    query: PublicProductQuery,
    responses: { 200: PublicProduct },
    public: true,
  },
  maker: {
    method: 'GET',
    path: '/public/makers/:slug',
    tags: publicTags,
    params: SlugParams,
    query: PublicProductQuery,
    responses: { 200: PublicMaker },
    public: true,
  },
  photo: {
    method: 'GET',
    path: '/public/photos/:id/:file',
    tags: publicTags,
    params: PhotoFileParams,
    responses: { 200: null },
    produces: ['image/webp', 'image/jpeg', 'image/avif'],
    public: true,
  },
  inquire: {
    method: 'POST',
    path: '/public/inquiries',
    tags: publicTags,
    body: CreateInquiryBody,
    responses: { 201: InquiryCreated },
    public: true,
    csrf: false,
  },
});

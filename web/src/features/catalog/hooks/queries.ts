import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { catalogApi, inquiriesApi } from '#core/api/catalog';
import type {
  CreateProductBody,
  InquiryStatus,
  ListInquiriesQuery,
  ListProductsQuery,
  UpdateProductBody,
} from '#core/schemas/catalog';
import { call, upload } from '#web/lib/client';

export function useProducts(filters: z.input<typeof ListProductsQuery>) {
  return useQuery({
    queryKey: ['catalog', 'products', filters],
    queryFn: ({ signal }) => call(catalogApi.listProducts, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: string | undefined) {
  return useQuery({
    queryKey: ['catalog', 'product', id],
    queryFn: ({ signal }) => call(catalogApi.getProduct, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
  });
}

export function useBusinessPicker(q: string) {
  return useQuery({
    queryKey: ['catalog', 'businesses', q],
    queryFn: ({ signal }) => call(catalogApi.businesses, { query: { q }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useHsHeadings() {
  return useQuery({
    queryKey: ['catalog', 'hs'],
    queryFn: ({ signal }) => call(catalogApi.hsHeadings, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useInvalidate() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['catalog'] });
}

export function useSaveProduct() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({
      id,
      body,
    }: {
      id?: string;
      body: z.input<typeof UpdateProductBody> | z.input<typeof CreateProductBody>;
    }) =>
      id
        ? call(catalogApi.updateProduct, { params: { id }, body: body as z.input<typeof UpdateProductBody> })
        : call(catalogApi.createProduct, { body: body as z.input<typeof CreateProductBody> }),
    onSuccess: invalidate,
  });
}

export type ReviewAction = 'submit' | 'publish' | 'return' | 'feature' | 'unfeature';

export function useReviewProduct() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: ReviewAction; note?: string }) => {
      const params = { id };
      if (action === 'submit') return call(catalogApi.submitProduct, { params });
      if (action === 'publish') return call(catalogApi.publishProduct, { params });
      if (action === 'return') return call(catalogApi.returnProduct, { params, body: { note: note ?? '' } });
      return call(catalogApi.featureProduct, { params, body: { featured: action === 'feature' } });
    },
    onSuccess: invalidate,
  });
}

export function useUploadPhoto(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('photo', file);
      return upload(catalogApi.addPhoto, { params: { id }, form });
    },
    onSuccess: invalidate,
  });
}

export function useDeletePhoto(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (photoId: string) => call(catalogApi.deletePhoto, { params: { id, photoId } }),
    onSuccess: invalidate,
  });
}

export function useReadiness(businessId: string | undefined) {
  return useQuery({
    queryKey: ['catalog', 'readiness', businessId],
    queryFn: ({ signal }) =>
      call(catalogApi.readiness, { params: { businessId: businessId as string }, signal }),
    enabled: Boolean(businessId),
  });
}

export function useMaker(businessId: string | undefined) {
  return useQuery({
    queryKey: ['catalog', 'maker', businessId],
    queryFn: ({ signal }) =>
      call(catalogApi.getMaker, { params: { businessId: businessId as string }, signal }),
    enabled: Boolean(businessId),
  });
}

export function useSaveMaker(businessId: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (story: { id: string; en: string }) =>
      call(catalogApi.updateMaker, { params: { businessId }, body: { story } }),
    onSuccess: invalidate,
  });
}

export function useInquiries(filters: z.input<typeof ListInquiriesQuery>) {
  return useQuery({
    queryKey: ['catalog', 'inquiries', filters],
    queryFn: ({ signal }) => call(inquiriesApi.list, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInquiry(id: string | undefined) {
  return useQuery({
    queryKey: ['catalog', 'inquiry', id],
    queryFn: ({ signal }) => call(inquiriesApi.get, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
  });
}

export function useReply(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: { message: string; status?: InquiryStatus }) =>
      call(inquiriesApi.reply, { params: { id }, body }),
    onSuccess: invalidate,
  });
}

export function useSetInquiryStatus(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (status: InquiryStatus) => call(inquiriesApi.update, { params: { id }, body: { status } }),
    onSuccess: invalidate,
  });
}

import type { FastifyReply, FastifyRequest } from 'fastify';
import { trainingApi } from '#core/api/training';
import { contextFrom } from '#server/lib/context';
import { registerEndpoints } from '#server/lib/endpoints';
import { appErrorBody } from '#server/lib/error-handler';
import { AppError } from '#server/lib/errors';
import type { App } from '#server/lib/http';
import { requestLocale } from '#server/lib/i18n';
import * as service from '../service';

/** Where links printed on certificates point: PUBLIC_URL, or the origin the request came to. */
const baseUrl = (request: FastifyRequest) =>
  request.server.config.PUBLIC_URL ?? `${request.protocol}://${request.host}`;

const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;

function file(reply: FastifyReply, type: string, fileName: string, body: Uint8Array, inline = false) {
  return reply
    .header('content-type', type)
    .header('content-disposition', inline ? `inline; filename="${fileName}"` : attachment(fileName))
    .header('cache-control', 'no-store')
    .send(Buffer.from(body));
}

export default async function trainingRoutes(app: App) {
  registerEndpoints(app, trainingApi, {
    listPrograms: async (request) => service.listPrograms(contextFrom(request)),
    createProgram: async (request) => service.createProgram(contextFrom(request), request.body),
    updateProgram: async (request) =>
      service.updateProgram(contextFrom(request), request.params.id, request.body),

    listTrainers: async (request) => service.listTrainers(contextFrom(request)),
    listEvents: async (request) => service.listEvents(contextFrom(request), request.query),
    createEvent: async (request) => service.createEvent(contextFrom(request), request.body),
    getEvent: async (request) => service.getEvent(contextFrom(request), request.params.id),
    updateEvent: async (request) =>
      service.updateEvent(contextFrom(request), request.params.id, request.body),
    finishEvent: async (request) => service.finishEvent(contextFrom(request), request.params.id),

    listRegistrations: async (request) => service.listRegistrations(contextFrom(request), request.params.id),
    registerOnBehalf: async (request, reply) => {
      const { created, answer } = await service.registerOnBehalf(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(answer);
    },
    cancelRegistration: async (request) =>
      service.cancelRegistration(contextFrom(request), request.params.id, request.params.registrationId),

    listAttendance: async (request) => service.listAttendance(contextFrom(request), request.params.id),
    recordAttendance: async (request, reply) => {
      const { created, record } = await service.recordAttendance(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(record);
    },

    recordAttendanceBatch: async (request) => {
      const locale = requestLocale(request);
      const outcomes = await service.recordScans(contextFrom(request), request.params.id, request.body.scans);
      return {
        items: outcomes.map((o) =>
          o.error
            ? { clientId: o.clientId, status: o.error.status, error: appErrorBody(o.error, locale).error }
            : { clientId: o.clientId, status: o.created ? 201 : 200, record: o.record },
        ),
      };
    },

    getAssessments: async (request) => service.getAssessments(contextFrom(request), request.params.id),
    saveAssessments: async (request) =>
      service.saveAssessments(contextFrom(request), request.params.id, request.body),
    importAssessments: async (request) => {
      if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'training:errors.notXlsx');
      const part = await request.file();
      if (part?.fieldname !== 'file') throw new AppError('bad_request', 'training:errors.notXlsx');
      const buffer = await part.toBuffer();
      return service.importAssessments(contextFrom(request), request.params.id, buffer);
    },

    listCertificates: async (request) => service.listCertificates(contextFrom(request), request.params.id),
    issueCertificates: async (request) =>
      service.issueCertificates(contextFrom(request), request.params.id, request.body),
    certificatesZip: async (request, reply) => {
      const { zip } = await service.certificatesZip(
        contextFrom(request),
        request.params.id,
        baseUrl(request),
      );
      return file(reply, 'application/zip', `sertifikat-${request.params.id.slice(0, 8)}.zip`, zip);
    },
    certificatePdf: async (request, reply) => {
      const { code, pdf } = await service.certificatePdf(
        contextFrom(request),
        request.params.code,
        baseUrl(request),
      );
      return file(reply, 'application/pdf', `sertifikat-${code}.pdf`, pdf, true);
    },
    revokeCertificate: async (request) =>
      service.revokeCertificate(contextFrom(request), request.params.code, request.body.reason),

    feedbackSummary: async (request) => service.feedbackSummary(contextFrom(request), request.params.id),
    listFollowups: async (request) => service.listEventFollowups(contextFrom(request), request.params.id),
    exportXlsx: async (request, reply) => {
      const body = await service.exportEventXlsx(
        contextFrom(request),
        request.params.id,
        requestLocale(request),
      );
      return file(
        reply,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        `peserta-${request.params.id.slice(0, 8)}.xlsx`,
        body,
      );
    },
    attendanceSheetPdf: async (request, reply) => {
      const body = await service.attendanceSheetPdf(contextFrom(request), request.params.id);
      return file(reply, 'application/pdf', `daftar-hadir-${request.params.id.slice(0, 8)}.pdf`, body, true);
    },
    myRegistrations: async (request) => service.myRegistrations(contextFrom(request)),

    publicEvent: async (request) => service.getPublicEvent(contextFrom(request), request.params.id),
    publicRegister: async (request, reply) => {
      const { created, answer } = await service.registerPublic(
        contextFrom(request),
        request.params.id,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(answer);
    },
    publicRegistration: async (request) =>
      service.getPublicRegistration(contextFrom(request), request.params.code),
    publicCancel: async (request) => service.cancelByCode(contextFrom(request), request.params.code),
    publicTicket: async (request, reply) => {
      const { code, pdf } = await service.publicTicket(contextFrom(request), request.params.code);
      return file(reply, 'application/pdf', `tiket-${code}.pdf`, pdf, true);
    },
    publicFeedback: async (request) =>
      service.submitFeedback(contextFrom(request), request.params.code, request.body),
    publicKey: async (request) => service.publicKey(contextFrom(request)),
    publicDistricts: async (request) => service.publicDistricts(contextFrom(request)),
    verifyCertificate: async (request) =>
      service.verifyCertificate(contextFrom(request), request.params.code),
  });
}

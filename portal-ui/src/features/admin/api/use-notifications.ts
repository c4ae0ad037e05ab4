import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import {
  type DeliveryFilter,
  type DeliveryPage,
  type NewWebhookEndpoint,
  type NotificationEvent,
  type NotificationLanguage,
  type NotificationRulesUpdate,
  type TemplatePreviewRequest,
  type TemplateText,
  type WebhookEndpointPatch,
} from '../../../lib/notification-api';

/**
 * The administration's notification calls (issue 21): rules and templates (Meldingen), webhook endpoints
 * (Webhooks) and the delivery log (Bezorging). Every write refreshes what it changes.
 */
export const notificationKeys = {
  rules: (organisationId: number | null, schoolId: number | null) =>
    ['staff', 'admin', 'notification-rules', organisationId, schoolId] as const,
  templates: (organisationId: number | null) =>
    ['staff', 'admin', 'notification-templates', organisationId] as const,
  webhooks: () => ['staff', 'admin', 'webhook-endpoints'] as const,
  webhookList: (clientId: number | null) => ['staff', 'admin', 'webhook-endpoints', clientId] as const,
  eventTypes: () => ['staff', 'admin', 'webhook-event-types'] as const,
  deliveries: () => ['staff', 'admin', 'deliveries'] as const,
  deliveryList: (filter: DeliveryFilter) => ['staff', 'admin', 'deliveries', 'list', filter] as const,
  delivery: (id: number) => ['staff', 'admin', 'deliveries', 'detail', id] as const,
};

function useRefresh() {
  const queryClient = useQueryClient();
  return (...keys: (readonly unknown[])[]) =>
    Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

// ---------- Rules ----------

/**
 * GET /api/notification-rules — the organisation's rules, or the rules in force at a school (its overrides and
 * what it inherits). School staff may leave the organisation out.
 */
export function useNotificationRules(organisationId: number | null, schoolId: number | null) {
  return useQuery({
    queryKey: notificationKeys.rules(organisationId, schoolId),
    queryFn: ({ signal }) =>
      api.GET('/api/notification-rules', {
        params: { query: { organisationId: organisationId ?? undefined, schoolId: schoolId ?? undefined } },
        signal,
      }),
    enabled: organisationId != null || schoolId != null,
    staleTime: 0,
  });
}

export function useSaveNotificationRules() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NotificationRulesUpdate) => api.PUT('/api/notification-rules', { body }),
    // A change of the organisation changes what its schools inherit.
    onSuccess: () => refresh(['staff', 'admin', 'notification-rules']),
  });
}

// ---------- Templates ----------

/** GET /api/notification-templates?organisationId= — 10 texts: 5 events × Dutch and English. */
export function useNotificationTemplates(organisationId: number | null) {
  return useQuery({
    queryKey: notificationKeys.templates(organisationId),
    queryFn: ({ signal }) =>
      api.GET('/api/notification-templates', {
        params: { query: { organisationId: organisationId ?? undefined } },
        signal,
      }),
    enabled: organisationId != null,
    staleTime: 0,
  });
}

interface TemplateRef {
  organisationId: number;
  event: NotificationEvent;
  language: NotificationLanguage;
}

/** The path and query parameters of PUT/DELETE /api/notification-templates/{event}/{language}. */
function templateParams({ organisationId, event, language }: TemplateRef) {
  return { path: { event, language }, query: { organisationId } };
}

export function useSaveTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ text, ...ref }: TemplateRef & { text: TemplateText }) =>
      api.PUT('/api/notification-templates/{event}/{language}', { params: templateParams(ref), body: text }),
    onSuccess: (_answer, { organisationId }) => refresh(notificationKeys.templates(organisationId)),
  });
}

/** DELETE — back to the built-in text. */
export function useResetTemplate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (ref: TemplateRef) =>
      api.DELETE('/api/notification-templates/{event}/{language}', { params: templateParams(ref) }),
    onSuccess: (_answer, { organisationId }) => refresh(notificationKeys.templates(organisationId)),
  });
}

/** POST /api/notification-templates/preview — the text filled in with example data (nothing is saved). */
export function usePreviewTemplate() {
  return useMutation({
    mutationFn: (body: TemplatePreviewRequest) => api.POST('/api/notification-templates/preview', { body }),
  });
}

// ---------- Webhook endpoints ----------

/** GET /api/webhook-endpoints?clientId= — one client's endpoints, or all in scope. */
export function useWebhookEndpoints(clientId: number | null) {
  return useQuery({
    queryKey: notificationKeys.webhookList(clientId),
    queryFn: ({ signal }) =>
      api.GET('/api/webhook-endpoints', {
        params: { query: { clientId: clientId ?? undefined } },
        signal,
      }),
    staleTime: 0,
  });
}

/** GET /api/webhook-event-types — the event types an endpoint may subscribe to. */
export function useWebhookEventTypes() {
  return useQuery({
    queryKey: notificationKeys.eventTypes(),
    queryFn: ({ signal }) => api.GET('/api/webhook-event-types', { signal }),
    staleTime: Infinity,
  });
}

export function useCreateWebhookEndpoint() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewWebhookEndpoint) => api.POST('/api/webhook-endpoints', { body }),
    onSuccess: () => refresh(notificationKeys.webhooks()),
  });
}

export function useUpdateWebhookEndpoint() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: number } & WebhookEndpointPatch) =>
      api.PATCH('/api/webhook-endpoints/{id}', { params: { path: { id } }, body }),
    onSuccess: () => refresh(notificationKeys.webhooks()),
  });
}

/** POST …/resume — the pause ends; the endpoint's waiting deliveries go out now. */
export function useResumeWebhookEndpoint() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api.POST('/api/webhook-endpoints/{id}/resume', { params: { path: { id } } }),
    onSuccess: () => refresh(notificationKeys.webhooks(), notificationKeys.deliveries()),
  });
}

export function useRotateWebhookSecret() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) =>
      api.POST('/api/webhook-endpoints/{id}/rotate-secret', {
        params: { path: { id } },
      }),
    onSuccess: () => refresh(notificationKeys.webhooks()),
  });
}

/** POST …/ping — a test message, sent at once (not a delivery). */
export function usePingWebhookEndpoint() {
  return useMutation({
    mutationFn: (id: number) => api.POST('/api/webhook-endpoints/{id}/ping', { params: { path: { id } } }),
  });
}

// ---------- Deliveries ----------

/** GET /api/deliveries — newest first, a page at a time ("Meer tonen" asks the page before the last one). */
export function useDeliveries(filter: DeliveryFilter) {
  return useInfiniteQuery({
    queryKey: notificationKeys.deliveryList(filter),
    queryFn: ({ signal, pageParam }) =>
      api.GET('/api/deliveries', {
        params: { query: { ...filter, before: pageParam, limit: DELIVERY_PAGE_SIZE } },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last: DeliveryPage) => last.nextBefore ?? undefined,
    staleTime: 0,
  });
}

export const DELIVERY_PAGE_SIZE = 50;

/** GET /api/deliveries/{id} — one delivery with its attempts. */
export function useDelivery(id: number) {
  return useQuery({
    queryKey: notificationKeys.delivery(id),
    queryFn: ({ signal }) => api.GET('/api/deliveries/{id}', { params: { path: { id } }, signal }),
    staleTime: 0,
  });
}

/** POST /api/deliveries/{id}/retry — a failed or skipped delivery goes out again now. */
export function useRetryDelivery() {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (id: number) => api.POST('/api/deliveries/{id}/retry', { params: { path: { id } } }),
    // The answer is the delivery, pending again, with its attempts so far.
    onSuccess: (detail, id) => {
      queryClient.setQueryData(notificationKeys.delivery(id), detail);
      return refresh(notificationKeys.deliveries(), notificationKeys.webhooks());
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import { feedbackKeys, getFeedback, getFeedbackReport, listFeedback } from './feedback-api.js';

export function useFeedbackList(orgId: string) {
  return useQuery({ queryKey: feedbackKeys.all(orgId), queryFn: ({ signal }) => listFeedback(orgId, signal) });
}

export function useFeedbackRequest(orgId: string, id: string) {
  return useQuery({ queryKey: feedbackKeys.one(orgId, id), queryFn: ({ signal }) => getFeedback(orgId, id, signal) });
}

export function useFeedbackReport(orgId: string, id: string) {
  return useQuery({ queryKey: feedbackKeys.report(orgId, id), queryFn: ({ signal }) => getFeedbackReport(orgId, id, signal), retry: false });
}

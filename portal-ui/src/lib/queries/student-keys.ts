/**
 * Query keys of the student screens. Everything personal lives under ['me', …], so logging in, logging
 * out and an expired session (which remove ['me']) never show one student's data to the next.
 */
export const studentKeys = {
  /** GET /api/titles/{id} as the logged-in student, for its reservationOptions. */
  titleOptions: (titleId: number, userId: number) => ['me', 'title-options', titleId, userId] as const,
  allTitleOptions: () => ['me', 'title-options'] as const,
  myReservations: () => ['me', 'reservations'] as const,
  myLoans: () => ['me', 'loans'] as const,
  messages: () => ['me', 'messages'] as const,
  messagePage: (page: number) => ['me', 'messages', 'page', page] as const,
  unreadMessages: () => ['me', 'messages', 'unread'] as const,
};

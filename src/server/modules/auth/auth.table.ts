export interface UsersTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  failed_sign_ins: number;
  locked_until: string | null;
  last_sign_in_at: string | null;
  created_at: string;
  password_changed_at: string;
}

export interface MembershipsTable {
  organisation_id: string;
  user_id: string;
  role: string;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

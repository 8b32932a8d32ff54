import type { MigrationInterface, QueryRunner } from 'typeorm';

const PLACEMENT = (column: string) => `${column} in (1, 1.5, 2, 2.5, 3, 3.5, 4)`;

/**
 * The whole domain model of DESIGN §2. Every partnership-scoped row carries `partnership_id` and
 * references its parent through a composite key (partnership_id, id): the database itself refuses
 * a cycle, locatie, round or session of another partnership, and row-level security can scope
 * every table by one column without joins.
 */
export class InitialSchema1764340000000 implements MigrationInterface {
  name = 'InitialSchema1764340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      create table partnership (
        id uuid primary key default gen_random_uuid(),
        name varchar(200) not null,
        vision text,
        core_concepts text[] not null default '{}',
        open_comparison boolean not null default false,
        min_role_group_size smallint not null default 3,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint uq_partnership_name unique (name),
        constraint ck_partnership_min_role_group_size check (min_role_group_size between 1 and 50)
      )`);

    await q.query(`
      create table app_user (
        id uuid primary key default gen_random_uuid(),
        email varchar(320) not null,
        name varchar(200) not null,
        password_hash text,
        is_platform_admin boolean not null default false,
        totp_secret text,
        erased_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1
      )`);
    await q.query(`create unique index uq_app_user_email on app_user (lower(email))`);

    await q.query(`
      create table location (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        name varchar(200) not null,
        kind varchar(20) not null,
        archived_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint fk_location_partnership foreign key (partnership_id) references partnership (id) on delete restrict,
        constraint uq_location_partnership_name unique (partnership_id, name),
        constraint uq_location_partnership_id unique (partnership_id, id),
        constraint ck_location_kind check (kind in ('school_po', 'school_vo', 'school_mbo', 'instituut'))
      )`);

    await q.query(`
      create table target_group (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        code varchar(60) not null,
        name varchar(200) not null,
        archived_at timestamptz,
        constraint fk_target_group_partnership foreign key (partnership_id) references partnership (id) on delete restrict,
        constraint uq_target_group_partnership_code unique (partnership_id, code),
        constraint uq_target_group_partnership_id unique (partnership_id, id)
      )`);

    await q.query(`
      create table cycle (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        school_year varchar(9) not null,
        pdca_phase varchar(5) not null default 'plan',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint fk_cycle_partnership foreign key (partnership_id) references partnership (id) on delete restrict,
        constraint uq_cycle_partnership_school_year unique (partnership_id, school_year),
        constraint uq_cycle_partnership_id unique (partnership_id, id),
        constraint ck_cycle_school_year check (
          school_year ~ '^[0-9]{4}-[0-9]{4}$'
          and substr(school_year, 6, 4)::int = substr(school_year, 1, 4)::int + 1),
        constraint ck_cycle_pdca_phase check (pdca_phase in ('plan', 'do', 'check', 'act'))
      )`);

    await q.query(`
      create table content_version (
        id varchar(60) primary key,
        name varchar(200) not null,
        published_on date not null,
        predecessor_id varchar(60),
        constraint fk_content_version_predecessor foreign key (predecessor_id) references content_version (id) on delete restrict
      )`);

    await q.query(`
      create table content_theme (
        content_version_id varchar(60) not null,
        code varchar(80) not null,
        name varchar(200) not null,
        canonical_code varchar(80) not null,
        constraint pk_content_theme primary key (content_version_id, code),
        constraint fk_content_theme_version foreign key (content_version_id) references content_version (id) on delete restrict
      )`);
    await q.query(`create index ix_content_theme_canonical on content_theme (canonical_code)`);

    await q.query(`
      create table evaluation (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        cycle_id uuid not null,
        location_id uuid,
        title varchar(200) not null,
        held_on date not null,
        content_version_id varchar(60) not null,
        status varchar(10) not null default 'draft',
        finalised_at timestamptz,
        finalised_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint fk_evaluation_partnership foreign key (partnership_id) references partnership (id) on delete restrict,
        constraint fk_evaluation_cycle foreign key (partnership_id, cycle_id) references cycle (partnership_id, id) on delete restrict,
        constraint fk_evaluation_location foreign key (partnership_id, location_id) references location (partnership_id, id) on delete restrict,
        constraint fk_evaluation_content_version foreign key (content_version_id) references content_version (id) on delete restrict,
        constraint fk_evaluation_finalised_by foreign key (finalised_by) references app_user (id) on delete set null,
        constraint uq_evaluation_partnership_id unique (partnership_id, id),
        constraint uq_evaluation_partnership_id_content_version unique (partnership_id, id, content_version_id),
        constraint ck_evaluation_status check (status in ('draft', 'finalised')),
        constraint ck_evaluation_finalised_at check ((status = 'finalised') = (finalised_at is not null))
      )`);
    await q.query(
      `create index ix_evaluation_partnership_status on evaluation (partnership_id, status)`,
    );
    await q.query(`create index ix_evaluation_cycle on evaluation (cycle_id)`);
    await q.query(`create index ix_evaluation_location on evaluation (location_id)`);

    await q.query(`
      create table evaluation_target_group (
        evaluation_id uuid not null,
        partnership_id uuid not null,
        target_group_id uuid not null,
        constraint pk_evaluation_target_group primary key (evaluation_id, target_group_id),
        constraint fk_evaluation_target_group_evaluation foreign key (partnership_id, evaluation_id) references evaluation (partnership_id, id) on delete cascade,
        constraint fk_evaluation_target_group_target_group foreign key (partnership_id, target_group_id) references target_group (partnership_id, id) on delete restrict
      )`);

    await q.query(`
      create table evaluation_round (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        evaluation_id uuid not null,
        number smallint not null,
        label varchar(100) not null default '',
        constraint fk_evaluation_round_evaluation foreign key (partnership_id, evaluation_id) references evaluation (partnership_id, id) on delete cascade,
        constraint uq_evaluation_round_number unique (evaluation_id, number),
        constraint uq_evaluation_round_partnership_evaluation_id unique (partnership_id, evaluation_id, id),
        constraint ck_evaluation_round_number check (number between 1 and 10)
      )`);

    await q.query(`
      create table theme_session (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        evaluation_id uuid not null,
        round_id uuid not null,
        content_version_id varchar(60) not null,
        theme_code varchar(80) not null,
        group_label varchar(60) not null default '',
        facilitator_id uuid,
        current_placement numeric(2, 1),
        desired_placement numeric(2, 1),
        rationale text not null default '',
        agreements text not null default '',
        plenary_reporter varchar(200) not null default '',
        reflection_cards text[] not null default '{}',
        notes text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint fk_theme_session_evaluation foreign key (partnership_id, evaluation_id, content_version_id) references evaluation (partnership_id, id, content_version_id) on delete cascade,
        constraint fk_theme_session_round foreign key (partnership_id, evaluation_id, round_id) references evaluation_round (partnership_id, evaluation_id, id) on delete cascade,
        constraint uq_theme_session_partnership_id unique (partnership_id, id),
        constraint fk_theme_session_theme foreign key (content_version_id, theme_code) references content_theme (content_version_id, code) on delete restrict,
        constraint fk_theme_session_facilitator foreign key (facilitator_id) references app_user (id) on delete set null,
        constraint uq_theme_session_round_theme_group unique (round_id, theme_code, group_label),
        constraint ck_theme_session_current_placement check (${PLACEMENT('current_placement')}),
        constraint ck_theme_session_desired_placement check (${PLACEMENT('desired_placement')}),
        constraint ck_theme_session_rationale_length check (length(rationale) <= 4000),
        constraint ck_theme_session_agreements_length check (length(agreements) <= 4000),
        constraint ck_theme_session_notes_length check (length(notes) <= 8000)
      )`);
    await q.query(`create index ix_theme_session_evaluation on theme_session (evaluation_id)`);
    await q.query(
      `create index ix_theme_session_theme on theme_session (content_version_id, theme_code)`,
    );

    await q.query(`
      create table session_participant (
        partnership_id uuid not null,
        theme_session_id uuid not null,
        role varchar(60) not null,
        side varchar(10) not null,
        expected smallint not null default 0,
        present smallint not null default 0,
        constraint pk_session_participant primary key (theme_session_id, role, side),
        constraint fk_session_participant_session foreign key (partnership_id, theme_session_id) references theme_session (partnership_id, id) on delete cascade,
        constraint ck_session_participant_side check (side in ('school', 'instituut')),
        constraint ck_session_participant_counts check (expected between 0 and 100 and present between 0 and 100)
      )`);

    await q.query(`
      create table individual_placement (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        theme_session_id uuid not null,
        role varchar(60) not null,
        current_placement numeric(2, 1) not null,
        desired_placement numeric(2, 1),
        position smallint not null,
        created_at timestamptz not null default now(),
        constraint fk_individual_placement_session foreign key (partnership_id, theme_session_id) references theme_session (partnership_id, id) on delete cascade,
        constraint ck_individual_placement_current check (${PLACEMENT('current_placement')}),
        constraint ck_individual_placement_desired check (${PLACEMENT('desired_placement')})
      )`);
    await q.query(
      `create index ix_individual_placement_session on individual_placement (theme_session_id)`,
    );

    await q.query(`
      create table finding (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        theme_session_id uuid not null,
        kind varchar(12) not null,
        text varchar(500) not null,
        position smallint not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint fk_finding_session foreign key (partnership_id, theme_session_id) references theme_session (partnership_id, id) on delete cascade,
        constraint uq_finding_partnership_id unique (partnership_id, id),
        constraint ck_finding_kind check (kind in ('strength', 'development')),
        constraint ck_finding_text check (length(btrim(text)) > 0)
      )`);
    await q.query(`create index ix_finding_session on finding (theme_session_id)`);

    await q.query(`
      create table action (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        cycle_id uuid not null,
        location_id uuid,
        finding_id uuid,
        theme_code varchar(80),
        title varchar(200) not null,
        description text not null default '',
        owner_role varchar(60) not null default '',
        owner_name varchar(200) not null default '',
        due_on date,
        status varchar(12) not null default 'open',
        pdca_phase varchar(5) not null,
        imwr_element varchar(12),
        review_note text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint fk_action_partnership foreign key (partnership_id) references partnership (id) on delete restrict,
        constraint fk_action_cycle foreign key (partnership_id, cycle_id) references cycle (partnership_id, id) on delete restrict,
        constraint fk_action_location foreign key (partnership_id, location_id) references location (partnership_id, id) on delete restrict,
        constraint fk_action_finding foreign key (partnership_id, finding_id) references finding (partnership_id, id) on delete set null (finding_id),
        constraint ck_action_status check (status in ('open', 'in_progress', 'done', 'dropped')),
        constraint ck_action_pdca_phase check (pdca_phase in ('plan', 'do', 'check', 'act')),
        constraint ck_action_imwr_element check (imwr_element in ('inspireren', 'mobiliseren', 'waarderen', 'reflecteren'))
      )`);
    await q.query(`create index ix_action_partnership_cycle on action (partnership_id, cycle_id)`);
    await q.query(`create index ix_action_location on action (location_id)`);

    await q.query(`
      create table common_thread (
        id uuid primary key default gen_random_uuid(),
        partnership_id uuid not null,
        cycle_id uuid not null,
        name varchar(200) not null,
        description text not null default '',
        kind varchar(10) not null,
        status varchar(10) not null default 'suggested',
        theme_code varchar(80),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        version integer not null default 1,
        constraint fk_common_thread_partnership foreign key (partnership_id) references partnership (id) on delete restrict,
        constraint fk_common_thread_cycle foreign key (partnership_id, cycle_id) references cycle (partnership_id, id) on delete restrict,
        constraint ck_common_thread_kind check (kind in ('finding', 'placement')),
        constraint ck_common_thread_status check (status in ('suggested', 'confirmed', 'dismissed')),
        constraint uq_common_thread_partnership_id unique (partnership_id, id)
      )`);
    await q.query(`
      create table common_thread_finding (
        partnership_id uuid not null,
        common_thread_id uuid not null,
        finding_id uuid not null,
        constraint pk_common_thread_finding primary key (common_thread_id, finding_id),
        constraint fk_common_thread_finding_thread foreign key (partnership_id, common_thread_id) references common_thread (partnership_id, id) on delete cascade,
        constraint fk_common_thread_finding_finding foreign key (partnership_id, finding_id) references finding (partnership_id, id) on delete cascade
      )`);

    await q.query(`
      create table membership (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null,
        partnership_id uuid not null,
        role varchar(20) not null,
        created_at timestamptz not null default now(),
        constraint fk_membership_user foreign key (user_id) references app_user (id) on delete cascade,
        constraint fk_membership_partnership foreign key (partnership_id) references partnership (id) on delete cascade,
        constraint uq_membership_user_partnership_role unique (user_id, partnership_id, role),
        constraint uq_membership_partnership_id unique (partnership_id, id),
        constraint ck_membership_role check (role in ('programmaleider', 'stuurgroeplid', 'locatiecoordinator', 'procesbegeleider'))
      )`);
    await q.query(`
      create table membership_location (
        membership_id uuid not null,
        partnership_id uuid not null,
        location_id uuid not null,
        constraint pk_membership_location primary key (membership_id, location_id),
        constraint fk_membership_location_membership foreign key (partnership_id, membership_id) references membership (partnership_id, id) on delete cascade,
        constraint fk_membership_location_location foreign key (partnership_id, location_id) references location (partnership_id, id) on delete restrict
      )`);

    // Shape expected by connect-pg-simple, so several app processes share sessions.
    await q.query(`
      create table user_session (
        sid varchar primary key,
        sess json not null,
        expire timestamp(6) not null
      )`);
    await q.query(`create index ix_user_session_expire on user_session (expire)`);

    await q.query(`
      create table audit_log (
        id bigint generated always as identity primary key,
        occurred_at timestamptz not null default now(),
        partnership_id uuid,
        user_id uuid,
        action varchar(60) not null,
        target_type varchar(60),
        target_id varchar(100),
        details jsonb not null default '{}',
        ip varchar(45),
        constraint fk_audit_log_partnership foreign key (partnership_id) references partnership (id) on delete set null,
        constraint fk_audit_log_user foreign key (user_id) references app_user (id) on delete set null
      )`);
    await q.query(
      `create index ix_audit_log_partnership_time on audit_log (partnership_id, occurred_at desc)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'user_session',
      'membership_location',
      'membership',
      'common_thread_finding',
      'common_thread',
      'action',
      'finding',
      'individual_placement',
      'session_participant',
      'theme_session',
      'evaluation_round',
      'evaluation_target_group',
      'evaluation',
      'content_theme',
      'content_version',
      'cycle',
      'target_group',
      'location',
      'app_user',
      'partnership',
    ]) {
      await q.query(`drop table ${table}`);
    }
  }
}

"""Initial schema: every record family

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 00:33:56.388171
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('attachments',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=100), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachments_sha256'))
    )
    op.create_table('audit_entries',
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('entity', sa.String(length=60), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entries'))
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entries_at'), ['at'], unique=False)
        batch_op.create_index('ix_audit_entries_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('backup_records',
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('kind', sa.Enum('manual', 'automatic', 'handoff', 'safety', name='backupkind', native_enum=False, length=24), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backup_records'))
    )
    with op.batch_alter_table('backup_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_backup_records_created_at'), ['created_at'], unique=False)

    op.create_table('branches',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('short_name', sa.String(length=40), nullable=False),
    sa.Column('parent_org', sa.String(length=100), nullable=False),
    sa.Column('founded_on', sa.Date(), nullable=True),
    sa.Column('committee_elected_on', sa.Date(), nullable=True),
    sa.Column('committee_term_years', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branches')),
    sa.UniqueConstraint('name', name=op.f('uq_branches_name'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('inspections',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('routine', 'annual', 'special', 'patrol', name='inspectionkind', native_enum=False, length=24), nullable=False),
    sa.Column('inspected_on', sa.Date(), nullable=False),
    sa.Column('inspector', sa.String(length=100), nullable=False),
    sa.Column('scope', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_inspections_branch_id_branches'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inspections_inspected_on'), ['inspected_on'], unique=False)

    op.create_table('party_groups',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_party_groups_branch_id_branches'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_party_groups')),
    sa.UniqueConstraint('branch_id', 'name', name=op.f('uq_party_groups_branch_id_name'))
    )
    op.create_table('service_requests',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('requester', sa.String(length=60), nullable=False),
    sa.Column('contact', sa.String(length=60), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('dispatched_on', sa.Date(), nullable=True),
    sa.Column('promised_on', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'dispatched', 'completed', 'cancelled', name='requeststatus', native_enum=False, length=24), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('completion_notes', sa.Text(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_service_requests_branch_id_branches'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_requests')),
    sa.UniqueConstraint('branch_id', 'number', name=op.f('uq_service_requests_branch_id_number'))
    )
    op.create_table('service_stations',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_service_stations_branch_id_branches'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_stations')),
    sa.UniqueConstraint('branch_id', 'name', name=op.f('uq_service_stations_branch_id_name'))
    )
    op.create_table('volunteer_teams',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_volunteer_teams_branch_id_branches'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_teams')),
    sa.UniqueConstraint('branch_id', 'name', name=op.f('uq_volunteer_teams_branch_id_name'))
    )
    op.create_table('members',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('party_group_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('name_pinyin', sa.String(length=240), nullable=False),
    sa.Column('name_initials', sa.String(length=60), nullable=False),
    sa.Column('gender', sa.Enum('male', 'female', name='gender', native_enum=False, length=24), nullable=False),
    sa.Column('id_type', sa.Enum('resident', 'passport', 'hk_macau', 'taiwan', name='idtype', native_enum=False, length=24), nullable=False),
    sa.Column('id_number', sa.String(length=32), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('ethnicity', sa.String(length=20), nullable=False),
    sa.Column('native_place', sa.String(length=60), nullable=False),
    sa.Column('education', sa.String(length=30), nullable=False),
    sa.Column('person_type', sa.Enum('student', 'staff', 'retired', name='persontype', native_enum=False, length=24), nullable=False),
    sa.Column('stage', sa.Enum('applicant', 'activist', 'candidate', 'probationary', 'full', name='stage', native_enum=False, length=24), nullable=False),
    sa.Column('org_status', sa.Enum('normal', 'flow_in', 'flow_out', 'abroad', 'lost_contact', 'suspended', name='orgstatus', native_enum=False, length=24), nullable=False),
    sa.Column('lost_contact_on', sa.Date(), nullable=True),
    sa.Column('student_number', sa.String(length=32), nullable=False),
    sa.Column('grade', sa.String(length=20), nullable=False),
    sa.Column('class_name', sa.String(length=60), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('job_post', sa.String(length=100), nullable=False),
    sa.Column('expected_leave_on', sa.Date(), nullable=True),
    sa.Column('league_member', sa.Boolean(), nullable=False),
    sa.Column('league_recommended_on', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('dormitory', sa.String(length=60), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_members_branch_id_branches'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['party_group_id'], ['party_groups.id'], name=op.f('fk_members_party_group_id_party_groups'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_members'))
    )
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index('ix_members_branch_stage', ['branch_id', 'stage'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_id_number'), ['id_number'], unique=False)
        batch_op.create_index('ix_members_name_initials', ['name_initials'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_phone'), ['phone'], unique=False)
        batch_op.create_index(batch_op.f('ix_members_student_number'), ['student_number'], unique=False)

    op.create_table('volunteer_activities',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_volunteer_activities_branch_id_branches'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['request_id'], ['service_requests.id'], name=op.f('fk_volunteer_activities_request_id_service_requests'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['station_id'], ['service_stations.id'], name=op.f('fk_volunteer_activities_station_id_service_stations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['team_id'], ['volunteer_teams.id'], name=op.f('fk_volunteer_activities_team_id_volunteer_teams'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_activities'))
    )
    with op.batch_alter_table('volunteer_activities', schema=None) as batch_op:
        batch_op.create_index('ix_volunteer_activities_branch_date', ['branch_id', 'held_on'], unique=False)

    op.create_table('care_records',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('birthday', 'political_birthday', 'festival', 'hardship', 'other', name='carekind', native_enum=False, length=24), nullable=False),
    sa.Column('cared_on', sa.Date(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('given_by', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_care_records_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_care_records'))
    )
    op.create_table('honours',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('award', 'sanction', name='honourkind', native_enum=False, length=24), nullable=False),
    sa.Column('awarded_on', sa.Date(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_honours_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_honours'))
    )
    op.create_table('meetings',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('party_group_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('branch_assembly', 'committee', 'group', 'lecture', 'theme_day', 'life_meeting', 'talk', name='meetingkind', native_enum=False, length=24), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence_no', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('host_id', sa.Integer(), nullable=True),
    sa.Column('recorder_id', sa.Integer(), nullable=True),
    sa.Column('speaker', sa.String(length=60), nullable=False),
    sa.Column('minutes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_meetings_branch_id_branches'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['host_id'], ['members.id'], name=op.f('fk_meetings_host_id_members'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['party_group_id'], ['party_groups.id'], name=op.f('fk_meetings_party_group_id_party_groups'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['recorder_id'], ['members.id'], name=op.f('fk_meetings_recorder_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index('ix_meetings_branch_kind_year', ['branch_id', 'kind', 'year'], unique=False)

    op.create_table('member_posts',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('party_group_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('secretary', 'deputy_secretary', 'organization', 'propaganda', 'discipline', 'committee_member', 'group_leader', 'other', name='postkind', native_enum=False, length=24), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('started_on', sa.Date(), nullable=False),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_member_posts_branch_id_branches'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_member_posts_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['party_group_id'], ['party_groups.id'], name=op.f('fk_member_posts_party_group_id_party_groups'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_member_posts'))
    )
    op.create_table('membership_changes',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('transfer_in', 'transfer_out', 'flow_in', 'flow_out', 'withdrawal', 'removal', 'expulsion', 'not_recognized', 'death', name='changekind', native_enum=False, length=24), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('counterpart', sa.String(length=200), nullable=False),
    sa.Column('letter_number', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_membership_changes_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_changes'))
    )
    with op.batch_alter_table('membership_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_changes_member_id'), ['member_id'], unique=False)

    op.create_table('request_assignees',
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_request_assignees_member_id_members'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['request_id'], ['service_requests.id'], name=op.f('fk_request_assignees_request_id_service_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_assignees')),
    sa.UniqueConstraint('request_id', 'member_id', name=op.f('uq_request_assignees_request_id_member_id'))
    )
    op.create_table('volunteer_hours',
    sa.Column('activity_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.CheckConstraint('minutes > 0', name=op.f('ck_volunteer_hours_positive_minutes')),
    sa.ForeignKeyConstraint(['activity_id'], ['volunteer_activities.id'], name=op.f('fk_volunteer_hours_activity_id_volunteer_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_volunteer_hours_member_id_members'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_hours')),
    sa.UniqueConstraint('activity_id', 'member_id', name=op.f('uq_volunteer_hours_activity_id_member_id'))
    )
    with op.batch_alter_table('volunteer_hours', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_hours_member_id'), ['member_id'], unique=False)

    op.create_table('volunteer_memberships',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('role', sa.Enum('leader', 'member', name='volunteerrole', native_enum=False, length=24), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.CheckConstraint('(CASE WHEN team_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN station_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_volunteer_memberships_one_unit')),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_volunteer_memberships_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['station_id'], ['service_stations.id'], name=op.f('fk_volunteer_memberships_station_id_service_stations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['volunteer_teams.id'], name=op.f('fk_volunteer_memberships_team_id_volunteer_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_memberships'))
    )
    op.create_table('agenda_items',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('discussion', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items'))
    )
    op.create_table('attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('present', 'late', 'leave', 'absent', name='attendancestatus', native_enum=False, length=24), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('has_vote', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_attendance_member_id_members'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('meeting_id', 'member_id', name=op.f('uq_attendance_meeting_id_member_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('evaluation_rounds',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_evaluation_rounds_branch_id_branches'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_evaluation_rounds_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation_rounds')),
    sa.UniqueConstraint('branch_id', 'year', name=op.f('uq_evaluation_rounds_branch_id_year'))
    )
    op.create_table('meeting_guests',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('affiliation', sa.String(length=100), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_meeting_guests_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_meeting_guests_member_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_guests'))
    )
    op.create_table('pipeline_steps',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('step_no', sa.Integer(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.Enum('done', 'failed', 'extended', 'cancelled', name='stepoutcome', native_enum=False, length=24), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('votes_expected', sa.Integer(), nullable=True),
    sa.Column('votes_present', sa.Integer(), nullable=True),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_pipeline_steps_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_pipeline_steps_member_id_members'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pipeline_steps'))
    )
    with op.batch_alter_table('pipeline_steps', schema=None) as batch_op:
        batch_op.create_index('ix_pipeline_steps_member_step', ['member_id', 'step_no'], unique=False)

    op.create_table('resolutions',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('admission', 'confirmation', 'other', name='resolutionkind', native_enum=False, length=24), nullable=False),
    sa.Column('subject_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('votes_expected', sa.Integer(), nullable=True),
    sa.Column('votes_present', sa.Integer(), nullable=True),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('votes_abstain', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_resolutions_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['subject_id'], ['members.id'], name=op.f('fk_resolutions_subject_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolutions'))
    )
    op.create_table('study_sessions',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('material', sa.String(length=200), nullable=False),
    sa.Column('form', sa.Enum('collective', 'self_study', 'xuexi_qiangguo', 'micro_lecture', 'party_school', 'lecture', 'other', name='studyform', native_enum=False, length=24), nullable=False),
    sa.Column('class_hours', sa.Integer(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_study_sessions_branch_id_branches'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_study_sessions_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_study_sessions'))
    )
    op.create_table('evaluations',
    sa.Column('round_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('self_summary', sa.Text(), nullable=False),
    sa.Column('peer_excellent', sa.Integer(), nullable=False),
    sa.Column('peer_qualified', sa.Integer(), nullable=False),
    sa.Column('peer_basically_qualified', sa.Integer(), nullable=False),
    sa.Column('peer_unqualified', sa.Integer(), nullable=False),
    sa.Column('masses_excellent', sa.Integer(), nullable=False),
    sa.Column('masses_qualified', sa.Integer(), nullable=False),
    sa.Column('masses_basically_qualified', sa.Integer(), nullable=False),
    sa.Column('masses_unqualified', sa.Integer(), nullable=False),
    sa.Column('branch_opinion', sa.Text(), nullable=False),
    sa.Column('grade', sa.Enum('excellent', 'qualified', 'basically_qualified', 'unqualified', name='grade', native_enum=False, length=24), nullable=True),
    sa.Column('graded_by', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_evaluations_member_id_members'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['round_id'], ['evaluation_rounds.id'], name=op.f('fk_evaluations_round_id_evaluation_rounds'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluations')),
    sa.UniqueConstraint('round_id', 'member_id', name=op.f('uq_evaluations_round_id_member_id'))
    )
    op.create_table('step_people',
    sa.Column('step_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('talker', 'contact', 'introducer', 'recommender', 'reviewer', name='steprole', native_enum=False, length=24), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_step_people_member_id_members'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['step_id'], ['pipeline_steps.id'], name=op.f('fk_step_people_step_id_pipeline_steps'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step_people'))
    )
    op.create_table('study_entries',
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=True),
    sa.Column('studied_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('material', sa.String(length=200), nullable=False),
    sa.Column('form', sa.Enum('collective', 'self_study', 'xuexi_qiangguo', 'micro_lecture', 'party_school', 'lecture', 'other', name='studyform', native_enum=False, length=24), nullable=False),
    sa.Column('class_hours', sa.Integer(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('reflections', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_study_entries_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['study_sessions.id'], name=op.f('fk_study_entries_session_id_study_sessions'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_study_entries'))
    )
    with op.batch_alter_table('study_entries', schema=None) as batch_op:
        batch_op.create_index('ix_study_entries_member_date', ['member_id', 'studied_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_study_entries_session_id'), ['session_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_study_entries_studied_on'), ['studied_on'], unique=False)

    op.create_table('problems',
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence_no', sa.Integer(), nullable=False),
    sa.Column('source', sa.Enum('superior', 'masses', 'self', name='problemsource', native_enum=False, length=24), nullable=False),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('evaluation_id', sa.Integer(), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('target', sa.Text(), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('responsible_leader', sa.String(length=60), nullable=False),
    sa.Column('responsible_person', sa.String(length=60), nullable=False),
    sa.Column('responsible_member_id', sa.Integer(), nullable=True),
    sa.Column('rectify_kind', sa.Enum('immediate', 'deadline', 'ongoing', name='rectifykind', native_enum=False, length=24), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('pending', 'in_progress', 'completed', 'closed', name='problemstatus', native_enum=False, length=24), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('reviewer', sa.String(length=60), nullable=False),
    sa.Column('review_opinion', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_problems_branch_id_branches'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'], name=op.f('fk_problems_evaluation_id_evaluations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_problems_inspection_id_inspections'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_problems_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['responsible_member_id'], ['members.id'], name=op.f('fk_problems_responsible_member_id_members'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problems'))
    )
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.create_index('ix_problems_status_deadline', ['status', 'deadline'], unique=False)

    op.create_table('attachment_links',
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('photo', 'scan', 'sign_in', 'evidence', 'other', name='attachmentrole', native_enum=False, length=24), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('pipeline_step_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('inspection_id', sa.Integer(), nullable=True),
    sa.Column('problem_id', sa.Integer(), nullable=True),
    sa.Column('evaluation_id', sa.Integer(), nullable=True),
    sa.Column('activity_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.CheckConstraint('(CASE WHEN member_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN pipeline_step_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN meeting_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN inspection_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN problem_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN evaluation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN activity_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN request_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_attachment_links_one_owner')),
    sa.ForeignKeyConstraint(['activity_id'], ['volunteer_activities.id'], name=op.f('fk_attachment_links_activity_id_volunteer_activities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_attachment_links_attachment_id_attachments'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['evaluation_id'], ['evaluations.id'], name=op.f('fk_attachment_links_evaluation_id_evaluations'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_attachment_links_inspection_id_inspections'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attachment_links_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['members.id'], name=op.f('fk_attachment_links_member_id_members'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pipeline_step_id'], ['pipeline_steps.id'], name=op.f('fk_attachment_links_pipeline_step_id_pipeline_steps'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['problem_id'], ['problems.id'], name=op.f('fk_attachment_links_problem_id_problems'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['service_requests.id'], name=op.f('fk_attachment_links_request_id_service_requests'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachment_links'))
    )
    with op.batch_alter_table('attachment_links', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attachment_links_attachment_id'), ['attachment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attachment_links_member_id'), ['member_id'], unique=False)

    op.create_table('progress_notes',
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problems.id'], name=op.f('fk_progress_notes_problem_id_problems'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_notes'))
    )



def downgrade() -> None:

    op.drop_table('progress_notes')
    with op.batch_alter_table('attachment_links', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attachment_links_member_id'))
        batch_op.drop_index(batch_op.f('ix_attachment_links_attachment_id'))

    op.drop_table('attachment_links')
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.drop_index('ix_problems_status_deadline')

    op.drop_table('problems')
    with op.batch_alter_table('study_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_study_entries_studied_on'))
        batch_op.drop_index(batch_op.f('ix_study_entries_session_id'))
        batch_op.drop_index('ix_study_entries_member_date')

    op.drop_table('study_entries')
    op.drop_table('step_people')
    op.drop_table('evaluations')
    op.drop_table('study_sessions')
    op.drop_table('resolutions')
    with op.batch_alter_table('pipeline_steps', schema=None) as batch_op:
        batch_op.drop_index('ix_pipeline_steps_member_step')

    op.drop_table('pipeline_steps')
    op.drop_table('meeting_guests')
    op.drop_table('evaluation_rounds')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))

    op.drop_table('attendance')
    op.drop_table('agenda_items')
    op.drop_table('volunteer_memberships')
    with op.batch_alter_table('volunteer_hours', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_hours_member_id'))

    op.drop_table('volunteer_hours')
    op.drop_table('request_assignees')
    with op.batch_alter_table('membership_changes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_changes_member_id'))

    op.drop_table('membership_changes')
    op.drop_table('member_posts')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_branch_kind_year')

    op.drop_table('meetings')
    op.drop_table('honours')
    op.drop_table('care_records')
    with op.batch_alter_table('volunteer_activities', schema=None) as batch_op:
        batch_op.drop_index('ix_volunteer_activities_branch_date')

    op.drop_table('volunteer_activities')
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_members_student_number'))
        batch_op.drop_index(batch_op.f('ix_members_phone'))
        batch_op.drop_index('ix_members_name_initials')
        batch_op.drop_index(batch_op.f('ix_members_id_number'))
        batch_op.drop_index('ix_members_branch_stage')

    op.drop_table('members')
    op.drop_table('volunteer_teams')
    op.drop_table('service_stations')
    op.drop_table('service_requests')
    op.drop_table('party_groups')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_inspected_on'))

    op.drop_table('inspections')
    op.drop_table('settings')
    op.drop_table('branches')
    with op.batch_alter_table('backup_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_backup_records_created_at'))

    op.drop_table('backup_records')
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_entries_entity')
        batch_op.drop_index(batch_op.f('ix_audit_entries_at'))

    op.drop_table('audit_entries')
    op.drop_table('attachments')


"""SQLModel tables: how each entity is stored (used for every write).

Rows are not domain objects: ``codec.encode`` makes the ``{column: value}`` records written
here, ``codec.decode`` reads them back. The columns must match the frozen DDL of the
current schema version in ``schema.py`` (a test compares them).
"""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from cjm_desktop.model import domain


class ProjectRow(SQLModel, table=True):
    __tablename__ = "project"
    id: int = Field(default=1, primary_key=True)
    title: str
    organisation: str
    purpose: str
    description: str
    workshop_date: str | None = None
    facilitators: str  # JSON list of names
    revision: int  # bumped by every committed edit
    created_at: str
    updated_at: str


class PersonaRow(SQLModel, table=True):
    __tablename__ = "persona"
    id: int = Field(primary_key=True)
    name: str
    position: int
    photo: bytes | None = None
    age: int | None = None
    occupation: str
    segment: str
    goals: str
    frustrations: str
    habits: str
    quote: str


class JourneyRow(SQLModel, table=True):
    __tablename__ = "journey"
    id: int = Field(primary_key=True)
    name: str
    kind: str
    position: int
    persona_id: int | None = Field(default=None, foreign_key="persona.id")
    derived_from_id: int | None = Field(default=None, foreign_key="journey.id")
    description: str
    lanes: str  # JSON list of lane names
    interop: str  # JSON object (other tools' fields), "" when none


class StageRow(SQLModel, table=True):
    __tablename__ = "stage"
    id: int = Field(primary_key=True)
    journey_id: int = Field(foreign_key="journey.id")
    name: str
    position: int
    phase: str | None = None
    emotion: int | None = None
    interop: str  # JSON object (other tools' fields), "" when none


class ChannelRow(SQLModel, table=True):
    __tablename__ = "channel"
    id: int = Field(primary_key=True)
    journey_id: int = Field(foreign_key="journey.id")
    name: str
    position: int
    icon: str
    interop: str  # JSON object (other tools' fields), "" when none


class TouchpointRow(SQLModel, table=True):
    __tablename__ = "touchpoint"
    id: int = Field(primary_key=True)
    journey_id: int = Field(foreign_key="journey.id")
    text: str
    channel_id: int | None = Field(default=None, foreign_key="channel.id")
    stage_id: int | None = Field(default=None, foreign_key="stage.id")
    position: int
    evaluation: str
    moment_of_truth: int
    emotion: int | None = None
    departments: str  # JSON list
    comment: str
    color: str | None = None
    created_at: str
    updated_at: str
    interop: str  # JSON object (other tools' fields), "" when none
    origin_id: int | None = None  # no foreign key: the origin may be deleted
    negative_impact: str
    solutions: str
    author: str  # since version 4
    hidden: int  # since version 5


class StageDetailsRow(SQLModel, table=True):
    __tablename__ = "stage_details"
    id: int = Field(primary_key=True)
    stage_id: int = Field(foreign_key="stage.id", unique=True)
    customer_goal: str
    nominal_duration: str
    listening_devices: str  # JSON list
    departments: str  # JSON list


class KpiRow(SQLModel, table=True):
    __tablename__ = "kpi"
    id: int = Field(primary_key=True)
    stage_id: int = Field(foreign_key="stage.id")
    name: str
    position: int
    target: str
    alert_threshold: str


class ActionRow(SQLModel, table=True):
    __tablename__ = "action"
    id: int = Field(primary_key=True)
    title: str
    position: int
    journey_id: int | None = Field(default=None, foreign_key="journey.id")
    owner_department: str
    priority: int
    impact: int
    effort: int
    status: str
    due_date: str | None = None
    description: str


class ActionLinkRow(SQLModel, table=True):
    __tablename__ = "action_link"
    id: int = Field(primary_key=True)
    action_id: int = Field(foreign_key="action.id")
    touchpoint_id: int = Field(foreign_key="touchpoint.id")


class AgendaStepRow(SQLModel, table=True):
    __tablename__ = "agenda_step"
    id: int = Field(primary_key=True)
    name: str
    position: int
    duration: int  # seconds
    journey_id: int | None = Field(default=None, foreign_key="journey.id")
    stage_ids: str  # JSON list of ids
    instructions: str
    spent: int  # seconds
    status: str


class VotingSessionRow(SQLModel, table=True):
    __tablename__ = "voting_session"
    id: int = Field(primary_key=True)
    name: str
    position: int
    journey_id: int | None = Field(default=None, foreign_key="journey.id")
    scope: str
    stage_ids: str  # JSON list of ids
    budget: int
    cap: int
    repeat: int
    reveal: str
    revealed: int
    closed: int
    created_at: str


class ParticipantRow(SQLModel, table=True):
    __tablename__ = "participant"
    id: int = Field(primary_key=True)
    session_id: int = Field(foreign_key="voting_session.id")
    name: str
    position: int
    proxy: int


class VoteRow(SQLModel, table=True):
    __tablename__ = "vote"
    id: int = Field(primary_key=True)
    session_id: int = Field(foreign_key="voting_session.id")
    participant_id: int | None = Field(default=None, foreign_key="participant.id")
    touchpoint_id: int | None = Field(default=None, foreign_key="touchpoint.id")
    action_id: int | None = Field(default=None, foreign_key="action.id")
    count: int


class SnapshotChunkRow(SQLModel, table=True):
    __tablename__ = "snapshot_chunk"
    id: int = Field(primary_key=True)
    data: bytes


class SnapshotRow(SQLModel, table=True):
    __tablename__ = "snapshot"
    id: int = Field(primary_key=True)
    name: str
    created_at: str
    note_count: int
    chunks: str  # chunk ids in hexadecimal, separated by spaces


ROW_OF: dict[type, type[SQLModel]] = {
    domain.Project: ProjectRow,
    domain.Persona: PersonaRow,
    domain.Journey: JourneyRow,
    domain.Stage: StageRow,
    domain.Channel: ChannelRow,
    domain.Touchpoint: TouchpointRow,
    domain.StageDetails: StageDetailsRow,
    domain.Kpi: KpiRow,
    domain.Action: ActionRow,
    domain.ActionLink: ActionLinkRow,
    domain.AgendaStep: AgendaStepRow,
    domain.VotingSession: VotingSessionRow,
    domain.Participant: ParticipantRow,
    domain.Vote: VoteRow,
    domain.SnapshotChunk: SnapshotChunkRow,
    domain.Snapshot: SnapshotRow,
}

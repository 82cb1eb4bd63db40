"""recorded shelf: the shelf a counted sample was recorded on when it was scanned (issue 17)

Revision ID: 2001
Revises: 1001
Create Date: 2026-12-07

On the stocktake branch. A count's report lists samples found on the wrong shelf with the shelf
they were found on and the one the records gave; once a manager moved such a sample, the records give the new
shelf, so the report printed the same shelf twice. The line now keeps the recorded shelf as it was at the scan.
Lines written before this revision take the sample's shelf now: right unless the line was settled as moved,
whose old shelf was not kept and stays blank.
"""

import sqlalchemy as sa
from alembic import op

revision = "2001"
down_revision = "1001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stocktake_line", sa.Column("recorded_shelf", sa.String(40), nullable=False, server_default=""))
    op.execute(
        "UPDATE stocktake_line SET recorded_shelf = COALESCE((SELECT shelf FROM sample WHERE sample.id ="
        " stocktake_line.sample_id), '') WHERE settlement <> 'moved'"
    )


def downgrade() -> None:
    with op.batch_alter_table("stocktake_line") as batch:
        batch.drop_column("recorded_shelf")

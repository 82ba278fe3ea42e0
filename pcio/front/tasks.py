"""Background work of the front app: imports too big for a request (pcio.front.imports)."""

from celery import shared_task

from pcio.front import imports


@shared_task(acks_late=True, ignore_result=True)
def run_import_job(job_id: int):
    imports.run(job_id)

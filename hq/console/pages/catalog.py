"""The shared catalog: search, import from a file with a preview, edit a product."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from hq.console import catalog as read
from hq.console.catalog_rows import MAX_BYTES, FileRefused
from hq.console.i18n import N_
from hq.console.queries import PAGE, Paging, page_number
from hq.console.web import PREFIX, Operator, Posted, Viewer, client_of, now, redirect, render, sessions

router = APIRouter()
DONE = {
    "saved": N_("Saved: every counter has the change after its next sync."),
    "unchanged": N_("Nothing changed."),
    "discarded": N_("The file was discarded; nothing was imported."),
}


def _search_page(request: Request, status: int = 200, error=None):
    q, page = request.query_params.get("q", "")[:100], page_number(request.query_params.get("page"))
    with sessions(request)() as session:
        lines, total = read.search(session, q, PAGE, (page - 1) * PAGE)
    return render(
        request,
        "catalog.html",
        status=status,
        q=q,
        lines=lines,
        paging=Paging(page, total),
        error=error,
        notice=DONE.get(request.query_params.get("done", "")),
        max_mb=MAX_BYTES // 2**20,
    )


@router.get("/catalog")
def catalog_page(request: Request, staff: Viewer):
    return _search_page(request)


@router.post("/catalog/imports")
async def upload(request: Request, staff: Operator, form: Posted):
    file = form.get("file")
    if not isinstance(file, UploadFile) or not file.filename:
        return await run_in_threadpool(_search_page, request, 400, (N_("Choose a .csv or .xlsx file."), {}))
    data = await file.read(MAX_BYTES + 1)

    def check():
        with sessions(request)() as session, session.begin():
            return read.upload(session, file.filename, data, staff, now(request), client_of(request))

    try:
        import_id = await run_in_threadpool(check)
    except FileRefused as refused:
        return await run_in_threadpool(_search_page, request, 400, (refused.key, refused.params))
    return redirect(request, f"{PREFIX}/catalog/imports/{import_id}")


def _preview_page(request: Request, import_id: str, status: int = 200, error=None, imported: int | None = None):
    with sessions(request)() as session:
        preview = read.preview(session, import_id)
    if preview is None:
        return render(request, "missing.html", status=404)
    return render(request, "catalog_import.html", status=status, p=preview, error=error, imported=imported)


@router.get("/catalog/imports/{import_id}")
def preview_page(request: Request, staff: Viewer, import_id: str):
    return _preview_page(request, import_id)


@router.post("/catalog/imports/{import_id}/accept")
def accept(request: Request, staff: Operator, form: Posted, import_id: str):
    try:
        with sessions(request)() as session, session.begin():
            n = read.accept(
                session, import_id, form.get("good_rows_only") == "yes", staff, now(request), client_of(request)
            )
    except read.CatalogRefused as refused:
        return _preview_page(request, import_id, status=400, error=(refused.key, refused.params))
    return _preview_page(request, import_id, imported=n)


@router.post("/catalog/imports/{import_id}/discard")
def discard(request: Request, staff: Operator, form: Posted, import_id: str):
    try:
        with sessions(request)() as session, session.begin():
            read.discard(session, import_id, staff, now(request), client_of(request))
    except read.CatalogRefused as refused:
        return _preview_page(request, import_id, status=400, error=(refused.key, refused.params))
    return redirect(request, f"{PREFIX}/catalog?done=discarded")


def _product_page(request: Request, product_id: str, status: int = 200, error=None, form=None):
    with sessions(request)() as session:
        line = read.product(session, product_id)
    if line is None:
        return render(request, "missing.html", status=404)
    return render(
        request,
        "product.html",
        status=status,
        line=line,
        error=error,
        form=form,
        notice=DONE.get(request.query_params.get("done", "")),
    )


@router.get("/catalog/products/{product_id}")
def product_page(request: Request, staff: Viewer, product_id: str):
    return _product_page(request, product_id)


@router.post("/catalog/products/{product_id}")
def save_product(request: Request, staff: Operator, form: Posted, product_id: str):
    fields = {k: str(v) for k, v in form.items() if isinstance(v, str)}
    try:
        with sessions(request)() as session, session.begin():
            changed = read.edit(session, product_id, fields, staff, now(request), client_of(request))
    except read.CatalogRefused as refused:
        return _product_page(request, product_id, status=400, error=(refused.key, refused.params), form=fields)
    return redirect(request, f"{PREFIX}/catalog/products/{product_id}?done={'saved' if changed else 'unchanged'}")

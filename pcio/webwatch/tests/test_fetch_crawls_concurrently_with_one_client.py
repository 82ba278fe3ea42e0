import asyncio

from pcio.lib.fetch import afetch, fetch, guarded_client, run_sync


def test_many_pages_share_one_guarded_client(site):
    server = site(fallback=lambda request: (200, {}, f"page {request.path[2:]}"))

    async def crawl():
        async with guarded_client(allow_private=True, max_connections=4) as client:
            return await asyncio.gather(*(afetch(f"{server.url}/p{i}", client=client)
                                          for i in range(30)))

    results = run_sync(crawl)
    assert [r.text for r in results] == [f"page {i}" for i in range(30)]


def test_the_sync_fetch_also_works_inside_a_running_event_loop(site):
    server = site({"/": lambda r: (200, {}, "ok")})

    async def inside():
        return fetch(server.url + "/", allow_private=True)

    assert run_sync(inside).text == "ok"

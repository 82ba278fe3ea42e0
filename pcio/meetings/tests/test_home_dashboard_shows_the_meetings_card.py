from django.urls import reverse


def test_the_home_page_shows_the_latest_meeting_and_pending_actions(client, meeting):
    meeting.status = "sent"
    meeting.save()
    page = client.get(reverse("home")).content.decode()
    assert "เรื่องที่ต้องติดตาม" in page and "ครั้งที่ 2/2568" in page

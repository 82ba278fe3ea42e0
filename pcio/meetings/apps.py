from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "pcio.meetings"
    label = "meetings"
    verbose_name = _("การประชุม")
    url_prefix = "meetings/"
    nav = ("meetings", _("การประชุม"))
    dashboard_card = "meetings/card.html"
    agency_section = "meetings/agency_section.html"

    def card_context(self, request):
        from pcio.lib import permissions
        from pcio.meetings.listing import readable_actions
        from pcio.meetings.models import ActionItem, Meeting, Status

        meetings = Meeting.objects.order_by("-date")
        if permissions.role_of(request.user) not in (permissions.ADMIN, permissions.COMMITTEE):
            meetings = meetings.exclude(status=Status.DRAFT)
        pending = readable_actions(request.user, ActionItem.objects.pending())
        return {"next": meetings.first(), "pending": pending.count()}

    def agency_section_context(self, request, agency):
        from pcio.meetings.listing import readable_actions
        from pcio.meetings.models import ActionItem

        actions = (ActionItem.objects.filter(agency=agency)
                   .select_related("resolution__item__meeting").order_by("due", "id"))
        return {"actions": readable_actions(request.user, actions), "agency": agency}

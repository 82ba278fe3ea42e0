from django.urls import path

from pcio.meetings import views

urlpatterns = [
    path("", views.meeting_list, name="meetings"),
    path("new/", views.meeting_new, name="meeting_new"),
    path("actions/", views.action_list, name="meeting_actions"),
    path("actions/<int:pk>/", views.action_update, name="meeting_action"),
    path("<int:pk>/", views.meeting_detail, name="meeting"),
    path("<int:pk>/edit/", views.meeting_edit, name="meeting_edit"),
    path("<int:pk>/items/new/", views.item_new, name="meeting_item_new"),
    path("<int:pk>/reorder/", views.item_reorder, name="meeting_reorder"),
    path("<int:pk>/run/", views.meeting_run, name="meeting_run"),
    path("<int:pk>/attendance/", views.attendance_save, name="meeting_attendance"),
    path("<int:pk>/minutes/", views.minutes_view, name="meeting_minutes"),
    path("<int:pk>/minutes/edit/", views.minutes_edit, name="meeting_minutes_edit"),
    path("<int:pk>/minutes/circulate/", views.minutes_circulate, name="meeting_circulate"),
    path("<int:pk>/minutes/corrections/", views.correction_add, name="meeting_correction_add"),
    path("corrections/<int:pk>/", views.correction_answer, name="meeting_correction"),
    path("<int:pk>/send/", views.agenda_send, name="meeting_send"),
    path("<int:pk>/revise/", views.agenda_revise, name="meeting_revise"),
    path("issued/<int:pk>.<str:fmt>", views.issued_download, name="meeting_issued"),
    path("<int:pk>/<str:doc>.<str:fmt>", views.document, name="meeting_document"),
    path("items/<int:pk>/edit/", views.item_edit, name="meeting_item_edit"),
    path("items/<int:pk>/move/", views.item_move, name="meeting_item_move"),
    path("items/<int:pk>/attach/", views.attachment_add, name="meeting_attach"),
    path("items/<int:pk>/resolve/", views.resolve, name="meeting_resolve"),
    path("attachments/<int:pk>/", views.attachment_download, name="meeting_attachment"),
]

"""The 志愿服务 page: activities and hours, statistics, teams and stations, service requests."""
